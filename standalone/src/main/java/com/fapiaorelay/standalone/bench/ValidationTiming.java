package com.fapiaorelay.standalone.bench;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.validation.InvoiceValidator;
import com.fapiaorelay.standalone.stack.DemoInvoices;
import java.util.ArrayList;
import java.util.List;

/** Times validation of typical 5-line invoices on one thread, after a warm-up that lets the JIT compile it. */
final class ValidationTiming {

    private static final int WARM_UP_ROUNDS = 20;
    private static final int INVOICES = 10_000;

    private ValidationTiming() {}

    /** Answers microseconds per invoice. */
    static double microsPerInvoice(DemoInvoices generator) {
        List<Invoice> invoices = new ArrayList<>(INVOICES);
        for (int i = 0; i < INVOICES; i++) {
            invoices.add(generator.next(5));
        }
        InvoiceValidator validator = InvoiceValidator.withDefaults();
        long findings = 0;
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            findings += validateAll(validator, invoices);
        }
        long start = System.nanoTime();
        findings += validateAll(validator, invoices);
        double micros = (System.nanoTime() - start) / 1e3 / INVOICES;
        if (findings < 0) {
            throw new IllegalStateException("unreachable: keeps the validation from being optimised away");
        }
        return micros;
    }

    private static long validateAll(InvoiceValidator validator, List<Invoice> invoices) {
        long findings = 0;
        for (Invoice invoice : invoices) {
            findings += validator.validate(invoice).findings().size();
        }
        return findings;
    }
}
