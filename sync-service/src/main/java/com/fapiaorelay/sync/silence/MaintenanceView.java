package com.fapiaorelay.sync.silence;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A declared maintenance of an ERP source, as stored. */
record MaintenanceView(
        UUID id,
        String sourceName,
        OffsetDateTime from,
        OffsetDateTime until,
        String reason,
        String declaredBy,
        OffsetDateTime declaredAt) {}
