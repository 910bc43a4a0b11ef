-- Maintenance windows ops declare at run time (besides the daily ones in configuration): uploads wait inside them.
CREATE TABLE maintenance_window (
    id          UUID        PRIMARY KEY,
    starts_at   TIMESTAMPTZ NOT NULL,
    ends_at     TIMESTAMPTZ NOT NULL,
    reason      TEXT        NOT NULL,
    declared_by TEXT        NOT NULL,
    declared_at TIMESTAMPTZ NOT NULL,
    CHECK (ends_at > starts_at)
);

-- The gate asks on every round whether a window holds now; only windows not yet ended matter.
CREATE INDEX maintenance_window_ends ON maintenance_window (ends_at);
