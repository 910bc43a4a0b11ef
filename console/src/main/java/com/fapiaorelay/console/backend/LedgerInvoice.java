package com.fapiaorelay.console.backend;

import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.validation.Finding;
import java.time.OffsetDateTime;
import java.util.List;

/** sync-service's answer to "where is my invoice?": state, findings, figures, receipt and every transition. */
public record LedgerInvoice(
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
        int reuploadRounds,
        OffsetDateTime updatedAt,
        List<Transition> timeline) {

    public InvoiceKey key() {
        return new InvoiceKey(sellerTaxId, invoiceNumber);
    }

    /** CONFLICT travels as REJECTED with its own reason code. */
    public boolean conflict() {
        return "CONFLICT".equals(reasonCode);
    }

    /** One transition: when, by which service, to which state, and why. */
    public record Transition(
            OffsetDateTime occurredAt,
            String source,
            InvoiceState state,
            long version,
            String reasonCode,
            String reason) {}
}
