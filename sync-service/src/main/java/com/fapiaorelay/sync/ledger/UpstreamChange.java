package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import java.time.OffsetDateTime;

/** An upstream status event to apply, with when its first look-up is due (null: none). */
record UpstreamChange(InvoiceStatusChanged event, OffsetDateTime nextCheckAt) {}
