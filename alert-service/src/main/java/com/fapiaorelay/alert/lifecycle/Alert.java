package com.fapiaorelay.alert.lifecycle;

import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import java.time.OffsetDateTime;

/** One alert per anomaly fingerprint, as stored and as the API shows it. */
record Alert(
        long id,
        String fingerprint,
        String groupKey,
        Long groupId,
        String anomalyType,
        Severity severity,
        AlertState state,
        String source,
        String sellerTaxId,
        String invoiceNumber,
        String summary,
        String detail,
        int occurrences,
        OffsetDateTime firstSeenAt,
        OffsetDateTime lastSeenAt,
        OffsetDateTime stateChangedAt) {}
