package com.fapiaorelay.common.extract;

import java.math.BigDecimal;

/** An amount in upper-case Chinese figures as 价税合计（大写） prints it: 壹仟零陆拾圆伍角整. */
final class ChineseAmount {

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] SMALL_UNITS = {"", "拾", "佰", "仟"};
    private static final String[] BIG_UNITS = {"", "万", "亿"};

    private ChineseAmount() {}

    static String of(BigDecimal amount) {
        long cents = amount.abs().movePointRight(2).longValueExact();
        long yuan = cents / 100;
        int jiao = (int) (cents / 10 % 10);
        int fen = (int) (cents % 10);
        StringBuilder words = new StringBuilder(amount.signum() < 0 ? "负" : "");
        words.append(yuan == 0 ? "零" : integer(yuan)).append("圆");
        if (jiao == 0 && fen == 0) {
            return words.append("整").toString();
        }
        if (jiao > 0) {
            words.append(DIGITS.charAt(jiao)).append("角");
        } else {
            words.append("零");
        }
        return fen > 0
                ? words.append(DIGITS.charAt(fen)).append("分").toString()
                : words.append("整").toString();
    }

    private static String integer(long value) {
        StringBuilder words = new StringBuilder();
        boolean zeroPending = false;
        String digits = Long.toString(value);
        for (int i = 0; i < digits.length(); i++) {
            int position = digits.length() - 1 - i;
            int digit = digits.charAt(i) - '0';
            if (digit == 0) {
                zeroPending = words.length() > 0;
            } else {
                words.append(zeroPending ? "零" : "")
                        .append(DIGITS.charAt(digit))
                        .append(SMALL_UNITS[position % 4]);
                zeroPending = false;
            }
            if (position % 4 == 0 && position > 0 && words.length() > 0 && !endsWithBigUnit(words)) {
                words.append(BIG_UNITS[position / 4]);
            }
        }
        return words.toString();
    }

    private static boolean endsWithBigUnit(StringBuilder words) {
        char last = words.charAt(words.length() - 1);
        return last == '万' || last == '亿';
    }
}
