package com.fapiaorelay.common.validation;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceLine;
import java.math.BigDecimal;

/**
 * The header totals: the sums of the lines exactly, amount + tax = grand total exactly, and the total tax within
 * the deviation allowed from amount × rate over all lines (small per-line differences must not pile up).
 */
final class Totals implements InvoiceRule {

    private final ValidationRules.Tolerances tolerances;

    Totals(ValidationRules rules) {
        this.tolerances = rules.tolerances();
    }

    @Override
    public void check(Invoice invoice, Findings findings) {
        if (invoice.totalAmount() != null && invoice.totalTax() != null && invoice.grandTotal() != null) {
            checkGrandTotal(invoice, findings);
        }
        if (invoice.totalAmount() != null && invoice.totalTax() != null && linesAreComplete(invoice)) {
            checkAgainstLines(invoice, findings);
        }
    }

    private static void checkGrandTotal(Invoice invoice, Findings findings) {
        BigDecimal sum = invoice.totalAmount().add(invoice.totalTax());
        if (sum.compareTo(invoice.grandTotal()) != 0) {
            findings.addWithFix(Rule.GRAND_TOTAL, "grandTotal", sum.toPlainString(), sum.toPlainString());
        }
    }

    private void checkAgainstLines(Invoice invoice, Findings findings) {
        BigDecimal amounts = BigDecimal.ZERO;
        BigDecimal taxes = BigDecimal.ZERO;
        BigDecimal computedTaxes = BigDecimal.ZERO;
        boolean everyLineWithinTolerance = true;
        for (InvoiceLine line : invoice.lines()) {
            BigDecimal computed = Money.taxOf(line.amount(), line.taxRate());
            amounts = amounts.add(line.amount());
            taxes = taxes.add(line.taxAmount());
            computedTaxes = computedTaxes.add(computed);
            everyLineWithinTolerance &= Money.within(computed, line.taxAmount(), tolerances.lineTax());
        }
        if (amounts.compareTo(invoice.totalAmount()) != 0) {
            findings.addWithFix(Rule.TOTAL_AMOUNT, "totalAmount", amounts.toPlainString(), amounts.toPlainString());
        }
        if (taxes.compareTo(invoice.totalTax()) != 0) {
            findings.addWithFix(Rule.TOTAL_TAX, "totalTax", taxes.toPlainString(), taxes.toPlainString());
        }
        // A line outside its own tolerance has its own finding; the deviation rule is for small ones piling up.
        BigDecimal maxDeviation = tolerances.totalTaxDeviation();
        if (everyLineWithinTolerance && !Money.within(computedTaxes, invoice.totalTax(), maxDeviation)) {
            String fix = computedTaxes.toPlainString();
            findings.addWithFix(Rule.TAX_DEVIATION, "totalTax", fix, fix, maxDeviation);
        }
    }

    private static boolean linesAreComplete(Invoice invoice) {
        for (InvoiceLine line : invoice.lines()) {
            if (line.amount() == null || line.taxAmount() == null || line.taxRate() == null) {
                return false;
            }
        }
        return true;
    }
}
