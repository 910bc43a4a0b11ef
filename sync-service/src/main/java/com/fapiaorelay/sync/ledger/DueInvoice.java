package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import java.time.OffsetDateTime;

/**
 * An invoice whose look-up in the tax system is due, held by a round's {@link CheckClaim}. {@code receivedAt} is when
 * the ledger first heard of it; {@code lookups} counts the look-ups since its last upload; {@code missingAlerted}
 * says a human was told it is missing.
 */
public record DueInvoice(
        InvoiceKey key,
        InvoiceState state,
        InvoiceFigures figures,
        OffsetDateTime receivedAt,
        OffsetDateTime uploadedAt,
        int lookups,
        int reuploadRounds,
        boolean missingAlerted) {}
