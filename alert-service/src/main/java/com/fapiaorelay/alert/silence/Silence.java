package com.fapiaorelay.alert.silence;

import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import java.time.OffsetDateTime;

/** A silence as stored and as the API shows it; a null matcher matches anything. */
record Silence(
        long id,
        String anomalyType,
        Severity severity,
        String sellerTaxId,
        String comment,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String createdBy,
        String endedBy,
        OffsetDateTime endedAt) {}
