package com.fapiaorelay.common.validation;

import java.util.regex.Pattern;

/** The Unified Social Credit Code (统一社会信用代码) of GB 32100-2015: format and check character. */
final class Uscc {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final Pattern FORMAT = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");

    private Uscc() {}

    static boolean hasValidFormat(String id) {
        return id.length() == 18 && FORMAT.matcher(id).matches();
    }

    /** The check character for the first 17 characters of a well-formed code. */
    static char checkCharacter(CharSequence id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(id.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    static boolean hasValidCheckCharacter(String id) {
        return checkCharacter(id) == id.charAt(17);
    }
}
