package com.fapiaorelay.common.validation;

import static com.fapiaorelay.common.validation.Text.isBlank;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceColour;
import com.fapiaorelay.common.invoice.InvoiceLine;
import com.fapiaorelay.common.invoice.RedLetter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Negative amounts belong on red-letter invoices (and on discount lines); a red-letter invoice names the blue one
 * it reverses, its confirmation and a known reason.
 */
final class RedAndBlue implements InvoiceRule {

    private static final String DISCOUNT_LINE = "01";
    private static final Set<String> RED_REASONS = Set.of("01", "02", "03", "04");

    @Override
    public void check(Invoice invoice, Findings findings) {
        if (invoice.colour() == InvoiceColour.BLUE) {
            checkBlue(invoice, findings);
        } else if (invoice.colour() == InvoiceColour.RED) {
            checkRed(invoice, findings);
        }
    }

    private static void checkBlue(Invoice invoice, Findings findings) {
        List<InvoiceLine> lines = invoice.lines();
        for (int i = 0; i < lines.size(); i++) {
            InvoiceLine line = lines.get(i);
            if (isNegative(line.amount()) && !DISCOUNT_LINE.equals(line.lineNature())) {
                findings.add(Rule.NEGATIVE_ON_BLUE, Findings.line(i, "amount"));
            }
        }
        if (isNegative(invoice.grandTotal())) {
            findings.add(Rule.NEGATIVE_ON_BLUE, "grandTotal");
        }
    }

    private static void checkRed(Invoice invoice, Findings findings) {
        if (invoice.grandTotal() != null && invoice.grandTotal().signum() > 0) {
            findings.add(Rule.POSITIVE_ON_RED, "grandTotal");
        }
        RedLetter redLetter = invoice.redLetter();
        if (redLetter == null || isBlank(redLetter.originalInvoiceNumber())) {
            findings.add(Rule.RED_WITHOUT_ORIGINAL, "redLetter.originalInvoiceNumber");
            return;
        }
        if (isBlank(redLetter.confirmationNumber())) {
            findings.add(Rule.REQUIRED, "redLetter.confirmationNumber", "redLetter.confirmationNumber");
        }
        if (!RED_REASONS.contains(String.valueOf(redLetter.reason()))) {
            findings.add(Rule.RED_REASON, "redLetter.reason");
        }
    }

    private static boolean isNegative(BigDecimal value) {
        return value != null && value.signum() < 0;
    }
}
