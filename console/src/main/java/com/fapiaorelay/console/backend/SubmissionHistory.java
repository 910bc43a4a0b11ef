package com.fapiaorelay.console.backend;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceState;
import java.time.OffsetDateTime;
import java.util.List;

/** upload-service's copy of an invoice: the content as received, where from, and every upload attempt. */
public record SubmissionHistory(
        Invoice invoice,
        String source,
        InvoiceState state,
        long version,
        String receiptId,
        OffsetDateTime receivedAt,
        List<Attempt> attempts) {

    /** One call to the tax interface and what it answered. */
    public record Attempt(
            OffsetDateTime attemptedAt, String endpoint, String outcome, String code, String message, int latencyMs) {}
}
