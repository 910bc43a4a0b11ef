package com.fapiaorelay.common.validation;

/** Strict UTF-8 well-formedness, without the exception a reporting {@code CharsetDecoder} throws. */
final class Utf8 {

    private Utf8() {}

    static boolean isValid(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int length = sequenceLength(bytes[i] & 0xFF);
            if (length == 0 || i + length > bytes.length || !continues(bytes, i + 1, i + length)) {
                return false;
            }
            i += length;
        }
        return true;
    }

    private static int sequenceLength(int lead) {
        if (lead < 0x80) {
            return 1;
        }
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    }

    private static boolean continues(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
