package com.fapiaorelay.console.backend;

import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A reconciliation run of one seller's day with its first discrepancies. */
public record Reconciliation(Run run, List<Discrepancy> discrepancies) {

    /** The run: both sides' totals and the discrepancies by kind, or why it failed. */
    public record Run(
            long id,
            String sellerTaxId,
            LocalDate day,
            String trigger,
            String status,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            Totals ledger,
            Totals taxSystem,
            int missingInTax,
            int unknownToUs,
            int fieldMismatch,
            int remoteCalls,
            String failure) {}

    /** Count, amount and tax of one side. */
    public record Totals(long count, BigDecimal amount, BigDecimal tax) {}

    /** One invoice the sides disagree on, with what each holds. */
    public record Discrepancy(
            String kind,
            InvoiceKey key,
            InvoiceState ledgerState,
            InvoiceFigures ours,
            InvoiceFigures theirs,
            String detail) {}
}
