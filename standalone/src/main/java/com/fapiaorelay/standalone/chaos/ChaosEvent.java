package com.fapiaorelay.standalone.chaos;

import java.time.Duration;

/** One disruption of the campaign, {@code at} after the feed started. */
record ChaosEvent(Duration at, Disruption disruption) {

    enum Disruption {
        RESTART_UPLOAD,
        RESTART_SYNC,
        RESTART_KAFKA,
        RESTART_POSTGRES,
        MAINTENANCE_WINDOW,
        KILL_UPLOAD,
        KILL_SYNC,
        KILL_ALERT,
        KILL_BROKER,
        KILL_POSTGRES,
        KILL_SANDBOX,
        PAUSE_BROKER
    }

    /** What happened when it was applied: when, to what, for how long, and the error if it failed. */
    record Applied(Disruption disruption, String target, double atSeconds, double tookSeconds, String error) {}
}
