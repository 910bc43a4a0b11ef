package com.fapiaorelay.console.backend;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A maintenance window declared in upload-service: uploads wait from {@code start} until {@code end}. */
public record MaintenanceWindow(
        UUID id,
        OffsetDateTime start,
        OffsetDateTime end,
        String reason,
        String declaredBy,
        OffsetDateTime declaredAt) {}
