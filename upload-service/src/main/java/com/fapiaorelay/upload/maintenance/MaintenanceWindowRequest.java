package com.fapiaorelay.upload.maintenance;

import java.time.Instant;
import java.time.OffsetDateTime;

/** {@code start} and {@code end} as ISO-8601 times with their offset; {@code reason} is what people are told. */
record MaintenanceWindowRequest(OffsetDateTime start, OffsetDateTime end, String reason) {

    static final int MAX_REASON_LENGTH = 500;

    /** Refuses a window without both times and a reason, ending before it starts, or already over at {@code now}. */
    void check(Instant now) {
        if (start == null || end == null || reason == null || reason.isBlank()) {
            throw MaintenanceWindowInvalid.incomplete();
        }
        if (!end.isAfter(start) || !end.toInstant().isAfter(now)) {
            throw MaintenanceWindowInvalid.endsTooEarly();
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw MaintenanceWindowInvalid.reasonTooLong();
        }
    }
}
