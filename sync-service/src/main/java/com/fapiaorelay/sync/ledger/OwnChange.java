package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.invoice.InvoiceState;
import java.time.OffsetDateTime;

/**
 * A state change sync-service makes itself after a look-up. {@code nextCheckAt} null ends the look-ups; {@code
 * reuploadRounds} and {@code missingAlerted} carry the MISSING bookkeeping forward.
 */
public record OwnChange(
        InvoiceState state,
        String reasonCode,
        String reason,
        String receiptId,
        OffsetDateTime nextCheckAt,
        int reuploadRounds,
        boolean missingAlerted) {}
