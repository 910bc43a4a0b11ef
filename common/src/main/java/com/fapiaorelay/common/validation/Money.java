package com.fapiaorelay.common.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money arithmetic as the tax system does it: two decimals, half-up. */
final class Money {

    private Money() {}

    static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code round(amount × rate, 2)}, the tax a line should carry. */
    static BigDecimal taxOf(BigDecimal amount, BigDecimal rate) {
        return round(amount.multiply(rate));
    }

    static boolean within(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
        return a.subtract(b).abs().compareTo(tolerance) <= 0;
    }

    static boolean hasAtMostTwoDecimals(BigDecimal value) {
        return value.scale() <= 2 || value.stripTrailingZeros().scale() <= 2;
    }
}
