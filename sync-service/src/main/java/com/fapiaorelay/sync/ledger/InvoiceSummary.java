package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceState;
import java.time.OffsetDateTime;

/** One line of a search result. */
record InvoiceSummary(
        String sellerTaxId,
        String invoiceNumber,
        InvoiceState state,
        String reason,
        InvoiceFigures figures,
        String receiptId,
        OffsetDateTime updatedAt) {}
