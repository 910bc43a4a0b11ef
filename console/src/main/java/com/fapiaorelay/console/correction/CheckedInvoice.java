package com.fapiaorelay.console.correction;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.validation.Finding;
import com.fapiaorelay.common.validation.InvoiceValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A form read into an invoice and checked by the same rules upload-service applies; a field whose text is no number
 * or time is reported as such, not also as missing.
 */
public record CheckedInvoice(Invoice invoice, List<Finding> findings) {

    static CheckedInvoice of(InvoiceForm form, InvoiceValidator validator) {
        FormValues values = new FormValues();
        Invoice invoice = form.toInvoice(values);
        List<Finding> findings = new ArrayList<>(values.problems());
        Set<String> unreadable = values.problems().stream().map(Finding::field).collect(Collectors.toSet());
        validator.validate(invoice).findings().stream()
                .filter(finding -> !unreadable.contains(finding.field()))
                .forEach(findings::add);
        return new CheckedInvoice(invoice, List.copyOf(findings));
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
