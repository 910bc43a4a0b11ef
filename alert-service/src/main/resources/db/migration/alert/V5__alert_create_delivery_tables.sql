-- One message per sealed group and channel, retried with back-off until delivered or given up.
CREATE TABLE delivery (
    id              BIGSERIAL PRIMARY KEY,
    group_id        BIGINT      NOT NULL REFERENCES alert_group (id),
    channel         TEXT        NOT NULL,
    payload         TEXT        NOT NULL,
    state           TEXT        NOT NULL DEFAULT 'PENDING',
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    delivered_at    TIMESTAMPTZ,
    CONSTRAINT delivery_once_per_group_and_channel UNIQUE (group_id, channel),
    CONSTRAINT delivery_state_known CHECK (state IN ('PENDING', 'DELIVERED', 'FAILED'))
);

-- The delivery job's hot query: pending messages that are due.
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE state = 'PENDING';

CREATE TABLE delivery_attempt (
    id           BIGSERIAL PRIMARY KEY,
    delivery_id  BIGINT      NOT NULL REFERENCES delivery (id),
    attempt      INT         NOT NULL,
    attempted_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    outcome      TEXT        NOT NULL,
    http_status  INT,
    error        TEXT,
    duration_ms  BIGINT      NOT NULL
);

CREATE INDEX delivery_attempt_by_delivery ON delivery_attempt (delivery_id, attempt);
