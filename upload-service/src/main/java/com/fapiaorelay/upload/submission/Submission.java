package com.fapiaorelay.upload.submission;

import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.tax.StoredInvoice;
import java.time.Instant;

/**
 * A stored invoice as a worker claimed it, in the state it had before the claim: its key, the figures its status
 * events carry and the JSON text it is stored as, not bound into an invoice (the reference channel sends the text).
 * {@code attempts} counts this attempt too.
 */
public record Submission(
        InvoiceKey key, InvoiceFigures figures, String json, InvoiceState state, int attempts, Instant firstAttemptAt) {

    public StoredInvoice stored() {
        return new StoredInvoice(key, json);
    }
}
