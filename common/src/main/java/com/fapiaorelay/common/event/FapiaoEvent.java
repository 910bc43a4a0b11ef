package com.fapiaorelay.common.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The envelope every event carries before its own fields. */
public interface FapiaoEvent {

    UUID eventId();

    String eventType();

    int schemaVersion();

    OffsetDateTime occurredAt();

    String source();
}
