package com.fapiaorelay.upload.submission;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.tax.StoredInvoice;
import java.time.Instant;

/**
 * A stored invoice as a worker claimed it, in the state it had before the claim, with the JSON text it is stored as.
 * {@code attempts} counts this attempt too.
 */
public record Submission(Invoice invoice, String json, InvoiceState state, int attempts, Instant firstAttemptAt) {

    public InvoiceKey key() {
        return invoice.key();
    }

    public StoredInvoice stored() {
        return new StoredInvoice(invoice, json);
    }
}
