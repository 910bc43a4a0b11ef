package com.fapiaorelay.common.event;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The envelope every event carries before its own fields. */
public interface FapiaoEvent {

    UUID eventId();

    String eventType();

    int schemaVersion();

    OffsetDateTime occurredAt();

    String source();

    /**
     * The envelope time of an event made now: the system's instant, written in UTC so no host's zone leaks into it.
     * It orders and dates events; no business rule reads it, so it is not taken from a service's pinnable clock.
     */
    static OffsetDateTime stampedNow() {
        return OffsetDateTime.now(Clock.systemUTC());
    }
}
