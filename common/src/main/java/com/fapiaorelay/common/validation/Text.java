package com.fapiaorelay.common.validation;

/** Small string tests shared by the rules, cheaper than a regular expression. */
final class Text {

    private Text() {}

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static boolean isDigits(String value, int length) {
        if (value == null || value.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
