package com.fapiaorelay.console.backend;

import java.time.OffsetDateTime;

/** An alert as alert-service shows it. */
public record AlertView(
        long id,
        String anomalyType,
        String severity,
        String state,
        String source,
        String sellerTaxId,
        String invoiceNumber,
        String summary,
        String detail,
        int occurrences,
        OffsetDateTime firstSeenAt,
        OffsetDateTime lastSeenAt) {

    public boolean open() {
        return !"RESOLVED".equals(state);
    }
}
