package com.fapiaorelay.console.correction;

import com.fapiaorelay.common.invoice.InvoiceLine;

/** One invoice line as typed: numbers stay text until checked, so a typo becomes a finding, not an error page. */
public record LineForm(
        String itemName,
        String specification,
        String unit,
        String quantity,
        String unitPrice,
        String amount,
        String taxRate,
        String taxAmount,
        String taxClassificationCode,
        String lineNature,
        String preferentialPolicy) {

    static LineForm of(InvoiceLine line) {
        return new LineForm(
                line.itemName(),
                line.specification(),
                line.unit(),
                FormValues.text(line.quantity()),
                FormValues.text(line.unitPrice()),
                FormValues.text(line.amount()),
                FormValues.text(line.taxRate()),
                FormValues.text(line.taxAmount()),
                line.taxClassificationCode(),
                line.lineNature(),
                line.preferentialPolicy());
    }

    static LineForm blank() {
        return new LineForm(null, null, null, null, null, null, null, null, null, "00", null);
    }

    boolean isBlank() {
        return FormValues.text(itemName) == null
                && FormValues.text(amount) == null
                && FormValues.text(taxAmount) == null;
    }

    InvoiceLine toLine(int lineNumber, FormValues values) {
        String at = "lines[" + (lineNumber - 1) + "].";
        return new InvoiceLine(
                lineNumber,
                FormValues.text(itemName),
                FormValues.text(specification),
                FormValues.text(unit),
                values.number(at + "quantity", quantity),
                values.number(at + "unitPrice", unitPrice),
                values.number(at + "amount", amount),
                values.number(at + "taxRate", taxRate),
                values.number(at + "taxAmount", taxAmount),
                FormValues.text(taxClassificationCode),
                FormValues.text(lineNature),
                FormValues.text(preferentialPolicy));
    }
}
