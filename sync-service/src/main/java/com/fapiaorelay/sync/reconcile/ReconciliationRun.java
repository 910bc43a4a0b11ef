package com.fapiaorelay.sync.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One reconciliation of a seller's day: RUNNING, then COMPLETED with both sides' totals and the discrepancies by
 * kind, or FAILED with the reason (the tax interface was unavailable). Totals are null until it completes.
 */
public record ReconciliationRun(
        long id,
        String sellerTaxId,
        LocalDate day,
        String trigger,
        Status status,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        Totals ledger,
        Totals taxSystem,
        int missingInTax,
        int unknownToUs,
        int fieldMismatch,
        int remoteCalls,
        String failure) {

    public int discrepancies() {
        return missingInTax + unknownToUs + fieldMismatch;
    }

    public enum Status {
        RUNNING,
        COMPLETED,
        FAILED
    }

    /** Count, amount and tax of a side's invoices for the day; red invoices subtract. */
    public record Totals(long count, BigDecimal amount, BigDecimal tax) {}
}
