package com.fapiaorelay.sync.reconcile;

import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;

/** One invoice on which the two sides disagree, with what each side holds (null where a side holds nothing). */
record Discrepancy(
        DiscrepancyKind kind,
        InvoiceKey key,
        InvoiceState ledgerState,
        InvoiceFigures ours,
        InvoiceFigures theirs,
        String detail) {}
