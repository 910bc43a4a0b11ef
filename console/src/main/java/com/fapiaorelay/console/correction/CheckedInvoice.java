package com.fapiaorelay.console.correction;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.validation.Finding;
import com.fapiaorelay.common.validation.InvoiceValidator;
import java.util.ArrayList;
import java.util.List;

/** A form read into an invoice and checked by the same rules upload-service applies. */
public record CheckedInvoice(Invoice invoice, List<Finding> findings) {

    static CheckedInvoice of(InvoiceForm form, InvoiceValidator validator) {
        FormValues values = new FormValues();
        Invoice invoice = form.toInvoice(values);
        List<Finding> findings = new ArrayList<>(values.problems());
        findings.addAll(validator.validate(invoice).findings());
        return new CheckedInvoice(invoice, List.copyOf(findings));
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
