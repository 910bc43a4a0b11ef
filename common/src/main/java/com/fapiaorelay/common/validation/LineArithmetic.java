package com.fapiaorelay.common.validation;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceLine;
import java.math.BigDecimal;
import java.util.List;

/** Within each line: unit price × quantity against the amount, amount × rate against the tax. */
final class LineArithmetic implements InvoiceRule {

    private final ValidationRules.Tolerances tolerances;

    LineArithmetic(ValidationRules rules) {
        this.tolerances = rules.tolerances();
    }

    @Override
    public void check(Invoice invoice, Findings findings) {
        List<InvoiceLine> lines = invoice.lines();
        for (int i = 0; i < lines.size(); i++) {
            InvoiceLine line = lines.get(i);
            if (line.quantity() != null && line.unitPrice() != null && line.amount() != null) {
                checkAmount(line, i, findings);
            }
            if (line.amount() != null && line.taxRate() != null && line.taxAmount() != null) {
                checkTax(line, i, findings);
            }
        }
    }

    private void checkAmount(InvoiceLine line, int index, Findings findings) {
        BigDecimal product = line.unitPrice().multiply(line.quantity());
        if (!Money.within(product, line.amount(), tolerances.lineAmount())) {
            String fix = Money.round(product).toPlainString();
            findings.addWithFix(Rule.LINE_AMOUNT, Findings.line(index, "amount"), fix, fix, tolerances.lineAmount());
        }
    }

    private void checkTax(InvoiceLine line, int index, Findings findings) {
        BigDecimal expected = Money.taxOf(line.amount(), line.taxRate());
        if (!Money.within(expected, line.taxAmount(), tolerances.lineTax())) {
            String fix = expected.toPlainString();
            findings.addWithFix(Rule.LINE_TAX, Findings.line(index, "taxAmount"), fix, fix, tolerances.lineTax());
        }
    }
}
