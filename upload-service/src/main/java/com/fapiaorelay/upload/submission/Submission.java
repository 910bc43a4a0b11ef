package com.fapiaorelay.upload.submission;

import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.tax.StoredInvoice;
import java.time.Instant;

/**
 * A stored invoice as a worker claimed it, in the state it had before the claim: its key, the figures its status
 * events carry and the JSON text it is stored as, in UTF-8 as PostgreSQL sends it: neither decoded nor bound into an
 * invoice, since the reference channel sends the text as it is.
 * {@code attempts} counts this attempt too.
 */
public record Submission(
        InvoiceKey key, InvoiceFigures figures, byte[] json, InvoiceState state, int attempts, Instant firstAttemptAt) {

    public StoredInvoice stored() {
        return new StoredInvoice(key, json);
    }
}
