package com.fapiaorelay.standalone;

import java.time.Duration;

/** One disruption of the campaign, {@code at} after the feed started. */
record ChaosEvent(Duration at, Disruption disruption) {

    enum Disruption {
        RESTART_UPLOAD,
        RESTART_SYNC,
        RESTART_KAFKA,
        RESTART_POSTGRES,
        MAINTENANCE_WINDOW
    }

    /** What happened when it was applied: when, for how long, and the error if it failed. */
    record Applied(Disruption disruption, double atSeconds, double tookSeconds, String error) {}
}
