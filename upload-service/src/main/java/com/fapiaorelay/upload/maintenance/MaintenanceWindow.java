package com.fapiaorelay.upload.maintenance;

import java.time.Instant;
import java.util.UUID;

/** A declared window in which the tax interface is down for maintenance: uploads wait from start until end. */
public record MaintenanceWindow(
        UUID id, Instant start, Instant end, String reason, String declaredBy, Instant declaredAt) {}
