package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.invoice.InvoiceState;
import java.time.OffsetDateTime;

/** One transition of one invoice: when, by whom, to which state and why. */
record TimelineEntry(
        OffsetDateTime occurredAt, String source, InvoiceState state, long version, String reasonCode, String reason) {}
