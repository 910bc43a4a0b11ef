package com.fapiaorelay.sync.report;

import com.fapiaorelay.common.invoice.InvoiceState;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One seller's issue day: invoices by state, how many were recovered by a re-upload without a human, how many need
 * one, and the day's latest reconciliation (null if it was never reconciled).
 */
record DailyReport(
        String sellerTaxId,
        LocalDate day,
        OffsetDateTime generatedAt,
        Map<InvoiceState, Long> byState,
        long total,
        long recoveredAutomatically,
        long needingHuman,
        Reconciliation reconciliation) {

    /** The reconciliation's outcome as the report shows it. */
    record Reconciliation(long runId, String status, int missingInTax, int unknownToUs, int fieldMismatch) {}
}
