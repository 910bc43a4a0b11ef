package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import java.time.OffsetDateTime;

/** An invoice that has not left a non-final state since {@code since}. */
public record StuckInvoice(InvoiceKey key, InvoiceState state, OffsetDateTime since) {}
