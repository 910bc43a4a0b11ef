package com.fapiaorelay.common.validation;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceLine;
import java.math.BigDecimal;
import java.util.List;

/** Money fields carry at most two decimals; the fix is the value rounded half-up. */
final class MoneyScales implements InvoiceRule {

    @Override
    public void check(Invoice invoice, Findings findings) {
        check(invoice.totalAmount(), "totalAmount", findings);
        check(invoice.totalTax(), "totalTax", findings);
        check(invoice.grandTotal(), "grandTotal", findings);
        List<InvoiceLine> lines = invoice.lines();
        for (int i = 0; i < lines.size(); i++) {
            InvoiceLine line = lines.get(i);
            if (isOverScaled(line.amount())) {
                check(line.amount(), Findings.line(i, "amount"), findings);
            }
            if (isOverScaled(line.taxAmount())) {
                check(line.taxAmount(), Findings.line(i, "taxAmount"), findings);
            }
        }
    }

    private static void check(BigDecimal value, String field, Findings findings) {
        if (isOverScaled(value)) {
            findings.addWithFix(Rule.MONEY_SCALE, field, Money.round(value).toPlainString());
        }
    }

    private static boolean isOverScaled(BigDecimal value) {
        return value != null && !Money.hasAtMostTwoDecimals(value);
    }
}
