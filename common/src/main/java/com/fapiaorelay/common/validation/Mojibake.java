package com.fapiaorelay.common.validation;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Recognises garbled text (乱码): replacement characters, {@code 锟斤拷}, runs of Latin-1 letters, and UTF-8 that was
 * decoded as GBK ({@code 鍙戠エ} for {@code 发票}) or Latin-1 ({@code åç¥¨}), which can be undone.
 */
final class Mojibake {

    private static final Charset GBK = Charset.forName("GBK");
    private static final char REPLACEMENT = '\uFFFD';
    private static final String REPLACEMENT_READ_AS_GBK = "锟斤拷";

    private Mojibake() {}

    /** True when the original text is lost: there is nothing to repair from. */
    static boolean isLost(String text) {
        return text.indexOf(REPLACEMENT) >= 0 || text.contains(REPLACEMENT_READ_AS_GBK);
    }

    static boolean hasLatin1Run(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= 0x80 && c <= 0xFF ? run + 1 : 0;
            if (run == 2) {
                return true;
            }
        }
        return false;
    }

    /** The text as it was written, when it is UTF-8 read in the wrong charset; otherwise null. */
    static String repaired(String text) {
        byte[] original = isLatin1(text) ? text.getBytes(StandardCharsets.ISO_8859_1) : text.getBytes(GBK);
        if (!Utf8.isValid(original)) {
            return null;
        }
        String candidate = new String(original, StandardCharsets.UTF_8);
        return containsChinese(candidate) && !candidate.equals(text) && readsBack(text, original) ? candidate : null;
    }

    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLatin1(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    // getBytes replaces unmappable characters with '?', which would make a false "repair" look valid.
    private static boolean readsBack(String text, byte[] bytes) {
        Charset charset = isLatin1(text) ? StandardCharsets.ISO_8859_1 : GBK;
        return new String(bytes, charset).equals(text);
    }

    private static boolean containsChinese(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }
}
