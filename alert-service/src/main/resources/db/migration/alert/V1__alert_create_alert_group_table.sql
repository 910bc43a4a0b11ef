-- One group window per group key: alerts that join it before it is sealed go out as one message.
CREATE TABLE alert_group (
    id            BIGSERIAL PRIMARY KEY,
    group_key     TEXT        NOT NULL,
    anomaly_type  TEXT        NOT NULL,
    severity      TEXT        NOT NULL,
    seller_tax_id TEXT,
    alert_count   INT         NOT NULL,
    anomaly_count INT         NOT NULL,
    opened_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    due_at        TIMESTAMPTZ NOT NULL,
    sealed        BOOLEAN     NOT NULL DEFAULT false,
    sealed_at     TIMESTAMPTZ
);

-- At most one open window per group key, so concurrent consumers join the same one.
CREATE UNIQUE INDEX alert_group_one_open_window ON alert_group (group_key) WHERE NOT sealed;

-- The sealer's hot query: open windows that are due.
CREATE INDEX alert_group_due ON alert_group (due_at) WHERE NOT sealed;
