-- Event ids already applied, so a replayed anomaly changes nothing.
CREATE TABLE processed_event (
    event_id     UUID PRIMARY KEY,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Old ids are purged once Kafka can no longer replay them.
CREATE INDEX processed_event_age ON processed_event (processed_at);
