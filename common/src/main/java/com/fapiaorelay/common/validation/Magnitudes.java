package com.fapiaorelay.common.validation;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Every number of an invoice within the magnitude the tax system knows, checked before any arithmetic: a short token
 * like {@code 1E+99999999} parses in no time, but rounding it to cents builds a number of a hundred million digits.
 * Money has at most 18 integer digits and 2 places, rates lie within [0, 1], quantities and unit prices have at most
 * 18 integer digits and 18 places. Each check reads only precision and scale, which cost nothing whatever the value.
 */
public final class Magnitudes implements InvoiceRule {

    private static final int INTEGER_DIGITS = 18;
    private static final int MONEY_PLACES = 2;
    private static final int RATE_PLACES = 6;
    private static final int QUANTITY_PLACES = 18;
    private static final int ROUNDABLE_PLACES = 40;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ValidationRules rules;

    Magnitudes(ValidationRules rules) {
        this.rules = rules;
    }

    /** The numbers of {@code invoice} out of magnitude; empty when arithmetic on every one of them is safe. */
    public static List<Finding> of(Invoice invoice) {
        Findings findings = new Findings();
        new Magnitudes(ValidationRules.defaults()).check(invoice, findings);
        return findings.report().findings();
    }

    /** A money figure out of magnitude, if it is. */
    public static Optional<Finding> ofMoney(BigDecimal value, String field) {
        Findings findings = new Findings();
        money(value, field, findings);
        return findings.report().findings().stream().findFirst();
    }

    @Override
    public void check(Invoice invoice, Findings findings) {
        money(invoice.totalAmount(), "totalAmount", findings);
        money(invoice.totalTax(), "totalTax", findings);
        money(invoice.grandTotal(), "grandTotal", findings);
        List<InvoiceLine> lines = invoice.lines();
        for (int i = 0; i < lines.size(); i++) {
            InvoiceLine line = lines.get(i);
            money(line.amount(), Findings.line(i, "amount"), findings);
            money(line.taxAmount(), Findings.line(i, "taxAmount"), findings);
            quantity(line.quantity(), Findings.line(i, "quantity"), findings);
            quantity(line.unitPrice(), Findings.line(i, "unitPrice"), findings);
            rate(line.taxRate(), Findings.line(i, "taxRate"), findings);
        }
    }

    private static void money(BigDecimal value, String field, Findings findings) {
        if (value == null) {
            return;
        }
        if (integerDigits(value) > INTEGER_DIGITS) {
            findings.add(Rule.MONEY_TOO_LARGE, field, INTEGER_DIGITS);
        } else if (places(value) > MONEY_PLACES) {
            String fix = places(value) <= ROUNDABLE_PLACES ? Money.round(value).toPlainString() : null;
            findings.addWithFix(Rule.MONEY_SCALE, field, fix);
        }
    }

    private static void quantity(BigDecimal value, String field, Findings findings) {
        if (value != null && (integerDigits(value) > INTEGER_DIGITS || places(value) > QUANTITY_PLACES)) {
            findings.add(Rule.NUMBER_OUT_OF_RANGE, field, INTEGER_DIGITS, QUANTITY_PLACES);
        }
    }

    /** A rate written as a percentage ("6") gets its decimal as the fix, when that one is allowed. */
    private void rate(BigDecimal value, String field, Findings findings) {
        if (value == null || (isWithin(value, BigDecimal.ONE) && places(value) <= RATE_PLACES)) {
            return;
        }
        boolean percentage = isWithin(value, HUNDRED) && places(value) <= RATE_PLACES;
        BigDecimal asFraction = percentage ? value.divide(HUNDRED) : null;
        String fix = asFraction != null && rules.allows(asFraction) ? asFraction.toPlainString() : null;
        findings.addWithFix(Rule.TAX_RATE_NOT_ALLOWED, field, fix, RatesAndPolicies.allowedRates(rules));
    }

    private static boolean isWithin(BigDecimal value, BigDecimal upper) {
        return value.signum() >= 0 && value.compareTo(upper) <= 0;
    }

    /** Digits before the point: {@code 1E+30} has 31, {@code 0.5} has none. */
    private static long integerDigits(BigDecimal value) {
        return value.signum() == 0 ? 0 : (long) value.precision() - value.scale();
    }

    /** Places after the point that are not trailing zeros: {@code 2500.000} has none, {@code 1E-9} has 9. */
    private static long places(BigDecimal value) {
        if (value.scale() <= 0) {
            return 0;
        }
        return value.scale() <= MONEY_PLACES
                ? value.scale()
                : value.stripTrailingZeros().scale();
    }
}
