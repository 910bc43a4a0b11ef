package com.fapiaorelay.upload.history;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceState;
import java.time.OffsetDateTime;
import java.util.List;

/** An invoice's stored content, where it came from, its upload state and each call made to the tax interface. */
record SubmissionHistory(
        Invoice invoice,
        String source,
        InvoiceState state,
        long version,
        String receiptId,
        OffsetDateTime receivedAt,
        List<Attempt> attempts) {

    SubmissionHistory withAttempts(List<Attempt> all) {
        return new SubmissionHistory(invoice, source, state, version, receiptId, receivedAt, all);
    }

    /** One call: when, to which endpoint, the outcome class, the interface's code and message, and its latency. */
    record Attempt(
            OffsetDateTime attemptedAt, String endpoint, String outcome, String code, String message, int latencyMs) {}
}
