package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;

/** An invoice as the ledger holds it: its state and the figures the tax system must show (null if never known). */
public record LedgerEntry(InvoiceKey key, InvoiceState state, InvoiceFigures figures) {}
