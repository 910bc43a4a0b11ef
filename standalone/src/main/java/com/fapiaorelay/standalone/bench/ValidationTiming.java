package com.fapiaorelay.standalone.bench;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.validation.InvoiceValidator;
import com.fapiaorelay.standalone.stack.DemoInvoices;
import java.util.ArrayList;
import java.util.List;

/** Times validation of typical 5-line invoices on one thread, in CPU time, after a warm-up. */
final class ValidationTiming {

    private static final int INVOICES = 10_000;

    private ValidationTiming() {}

    /** Answers microseconds per invoice. */
    static double microsPerInvoice(DemoInvoices generator) {
        List<Invoice> invoices = new ArrayList<>(INVOICES);
        for (int i = 0; i < INVOICES; i++) {
            invoices.add(generator.next(5));
        }
        InvoiceValidator validator = InvoiceValidator.withDefaults();
        return OneThreadTiming.microsPerItem(
                invoices, invoice -> validator.validate(invoice).findings().size());
    }
}
