package com.fapiaorelay.sync.statuschange;

import com.fapiaorelay.common.invoice.InvoiceState;
import java.time.OffsetDateTime;

/**
 * One change of one invoice's state, as the ledger's timeline holds it: what the pull API lists and a callback
 * POSTs. {@code version} grows by one with each change of the invoice; {@code changeId} identifies the change.
 */
public record StatusChange(
        long changeId,
        String sellerTaxId,
        String invoiceNumber,
        InvoiceState state,
        long version,
        String reasonCode,
        String reason,
        OffsetDateTime occurredAt) {}
