package com.fapiaorelay.alert.lifecycle;

/** What storing one anomaly did to its alert. */
record UpsertOutcome(long alertId, Long groupId, Kind kind) {

    enum Kind {
        NEW,
        REOPENED,
        REPEAT
    }

    /** A new or re-fired alert must be announced, so it joins its group's open window. */
    boolean needsAnnouncing() {
        return kind != Kind.REPEAT;
    }
}
