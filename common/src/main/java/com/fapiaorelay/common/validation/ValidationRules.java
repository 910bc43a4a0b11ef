package com.fapiaorelay.common.validation;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The configurable side of validation. The defaults are DOMAIN.md's: most of these limits are vendors' practice
 * rather than official text, so a deployment may change them.
 */
public record ValidationRules(
        List<BigDecimal> allowedRates,
        Tolerances tolerances,
        FieldLimits fieldLimits,
        int maxLines,
        long maxEventBytes,
        Duration clockSkew,
        Duration maxAge) {

    /** Largest accepted differences, inclusive. */
    public record Tolerances(BigDecimal lineAmount, BigDecimal lineTax, BigDecimal totalTaxDeviation) {}

    /** Longest accepted texts, in characters; the buyer-name limit applies to the seller's name as well. */
    public record FieldLimits(int partyName, int itemName, int specification, int remarks, int issuer) {}

    public ValidationRules {
        allowedRates = List.copyOf(allowedRates);
    }

    public static ValidationRules defaults() {
        return new ValidationRules(
                decimals("0.13", "0.09", "0.06", "0.05", "0.03", "0.015", "0.01", "0.005", "0"),
                new Tolerances(new BigDecimal("0.01"), new BigDecimal("0.06"), new BigDecimal("1.27")),
                new FieldLimits(100, 90, 40, 200, 16),
                2000,
                1_048_576,
                Duration.ofMinutes(10),
                Duration.ofDays(365));
    }

    /** Compares by value, so {@code 0.130} and {@code 0.13} are the same rate. */
    public boolean allows(BigDecimal rate) {
        for (BigDecimal allowed : allowedRates) {
            if (allowed.compareTo(rate) == 0) {
                return true;
            }
        }
        return false;
    }

    public ValidationRules withMaxLines(int lines) {
        return new ValidationRules(allowedRates, tolerances, fieldLimits, lines, maxEventBytes, clockSkew, maxAge);
    }

    private static List<BigDecimal> decimals(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
