package com.fapiaorelay.alert.delivery.channel;

import java.nio.charset.StandardCharsets;

/** Byte budgets of channels are in UTF-8 bytes, and a cut must never split a character. */
public final class Utf8 {

    static final String ELLIPSIS = "…";

    private Utf8() {}

    public static int length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The text itself when it fits, otherwise its longest prefix of whole characters that fits with an ellipsis. */
    public static String truncate(String text, int maxBytes) {
        if (length(text) <= maxBytes) {
            return text;
        }
        int budget = maxBytes - length(ELLIPSIS);
        int used = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = bytesOf(codePoint);
            if (used + size > budget) {
                break;
            }
            used += size;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end) + ELLIPSIS;
    }

    // Lone surrogates are counted as three bytes: more than the one byte they encode to, so always safe.
    private static int bytesOf(int codePoint) {
        if (codePoint < 0x80) return 1;
        if (codePoint < 0x800) return 2;
        return codePoint < 0x10000 ? 3 : 4;
    }
}
