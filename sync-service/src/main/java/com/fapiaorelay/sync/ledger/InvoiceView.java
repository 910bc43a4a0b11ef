package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.validation.Finding;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * "Where is my invoice?": its state and the findings behind it, the figures we expect the tax system to show, the
 * tax-side receipt, our look-ups so far and every transition.
 */
record InvoiceView(
        String sellerTaxId,
        String invoiceNumber,
        InvoiceState state,
        String reasonCode,
        String reason,
        List<Finding> findings,
        InvoiceFigures figures,
        String receiptId,
        long version,
        int lookups,
        OffsetDateTime nextCheckAt,
        int reuploadRounds,
        OffsetDateTime updatedAt,
        List<TimelineEntry> timeline) {

    InvoiceView withTimeline(List<TimelineEntry> entries) {
        return new InvoiceView(
                sellerTaxId,
                invoiceNumber,
                state,
                reasonCode,
                reason,
                findings,
                figures,
                receiptId,
                version,
                lookups,
                nextCheckAt,
                reuploadRounds,
                updatedAt,
                entries);
    }
}
