-- Silences: while one matches a group (every set matcher equal), the group is not delivered. Ended, never deleted.
CREATE TABLE silence (
    id            BIGSERIAL PRIMARY KEY,
    anomaly_type  TEXT,
    severity      TEXT,
    seller_tax_id TEXT,
    comment       TEXT,
    starts_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    ends_at       TIMESTAMPTZ NOT NULL,
    created_by    TEXT        NOT NULL,
    ended_by      TEXT,
    ended_at      TIMESTAMPTZ,
    CONSTRAINT silence_has_a_matcher CHECK (anomaly_type IS NOT NULL OR severity IS NOT NULL OR seller_tax_id IS NOT NULL)
);

-- Delivery asks for the silences in force.
CREATE INDEX silence_in_force ON silence (ends_at);
