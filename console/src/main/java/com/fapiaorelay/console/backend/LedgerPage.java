package com.fapiaorelay.console.backend;

import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceState;
import java.time.OffsetDateTime;
import java.util.List;

/** A page of sync-service's search, and how many invoices match in all. */
public record LedgerPage(List<Line> items, int limit, int offset, long total) {

    public boolean hasNext() {
        return offset + items.size() < total;
    }

    /** One invoice in a result list. */
    public record Line(
            String sellerTaxId,
            String invoiceNumber,
            InvoiceState state,
            String reason,
            InvoiceFigures figures,
            String receiptId,
            OffsetDateTime updatedAt) {}
}
