package com.fapiaorelay.common.extract;

import java.util.regex.Pattern;

/**
 * Tesseract's habits on the printed template, undone where the template says what must stand there: single spaces
 * between Chinese characters and around colons (columns stay apart: they are several spaces wide), {@code Y} for
 * {@code ¥}, letters for the digits a tax ID cannot hold as letters, a stray mark for an item name's leading
 * {@code *}. What cannot be undone is left for the checks to doubt.
 */
final class OcrText {

    private static final Pattern HAN_GAP = Pattern.compile("(?<=[\\p{IsHan}（）()]) (?=[\\p{IsHan}（）()])");
    private static final Pattern COLON_GAP = Pattern.compile(" ?([:：]) ?");
    private static final Pattern YUAN = Pattern.compile("(?<![A-Z0-9])Y(?=\\d)");
    private static final Pattern NAME_START = Pattern.compile("^[*+#×xX]{1,3}(?=\\p{IsHan})");
    private static final Pattern LEADING_QUOTE = Pattern.compile("(?<=^备注)\\s*[“”\"'‘’]+");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("(?<=\\p{IsHan})[+#×](?=\\p{IsHan})");

    private OcrText() {}

    static String clean(String line) {
        String text = HAN_GAP.matcher(line.replace('\u3000', ' ').strip()).replaceAll("");
        text = COLON_GAP.matcher(text).replaceAll("$1");
        text = YUAN.matcher(text).replaceAll("¥");
        text = NAME_START.matcher(text).replaceFirst("*");
        text = LEADING_QUOTE.matcher(text).replaceFirst(" ");
        return NAME_SEPARATOR.matcher(text).replaceAll("*");
    }

    /** The USCC alphabet has no I, O, S, V or Z: read as letters, they were digits. */
    static String taxId(String read) {
        return read.replace('O', '0').replace('I', '1').replace('Z', '2').replace('S', '5');
    }
}
