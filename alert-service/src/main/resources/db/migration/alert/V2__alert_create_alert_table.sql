-- One row per anomaly fingerprint: repeats count occurrences, never add rows.
CREATE TABLE alert (
    id               BIGSERIAL PRIMARY KEY,
    fingerprint      TEXT        NOT NULL,
    group_key        TEXT        NOT NULL,
    group_id         BIGINT REFERENCES alert_group (id),
    anomaly_type     TEXT        NOT NULL,
    severity         TEXT        NOT NULL,
    state            TEXT        NOT NULL,
    source           TEXT        NOT NULL,
    seller_tax_id    TEXT,
    invoice_number   TEXT,
    summary          TEXT        NOT NULL,
    detail           TEXT,
    occurrences      INT         NOT NULL DEFAULT 1,
    first_seen_at    TIMESTAMPTZ NOT NULL,
    last_seen_at     TIMESTAMPTZ NOT NULL,
    state_changed_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT alert_fingerprint_unique UNIQUE (fingerprint),
    CONSTRAINT alert_state_known CHECK (state IN ('FIRING', 'ACKNOWLEDGED', 'RESOLVED')),
    CONSTRAINT alert_severity_known CHECK (severity IN ('INFO', 'WARNING', 'CRITICAL'))
);

-- The list endpoint pages newest first, optionally filtered by one of these.
CREATE INDEX alert_state_newest ON alert (state, id DESC);
CREATE INDEX alert_type_newest ON alert (anomaly_type, id DESC);
CREATE INDEX alert_seller_newest ON alert (seller_tax_id, id DESC);
CREATE INDEX alert_group_members ON alert (group_id, id);
