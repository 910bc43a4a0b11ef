package com.fapiaorelay.common.tax;

import com.fapiaorelay.common.invoice.InvoiceKey;
import java.time.Duration;

/** The tax interface's answer for one invoice of a batch. */
public record UploadResult(
        InvoiceKey key, UploadOutcome outcome, String receiptId, String code, String message, Duration retryAfter) {

    public static UploadResult of(InvoiceKey key, UploadOutcome outcome, String code, String message) {
        return new UploadResult(key, outcome, null, code, message, null);
    }
}
