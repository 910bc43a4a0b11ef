-- A group is told a channel up to once per kind: firing, escalated, resolved.
ALTER TABLE delivery ADD COLUMN kind TEXT NOT NULL DEFAULT 'FIRING';
ALTER TABLE delivery DROP CONSTRAINT delivery_once_per_group_and_channel;
ALTER TABLE delivery ADD CONSTRAINT delivery_once_per_group_channel_and_kind UNIQUE (group_id, channel, kind);
ALTER TABLE delivery ADD CONSTRAINT delivery_kind_known CHECK (kind IN ('FIRING', 'ESCALATED', 'RESOLVED'));

-- Rate limits count a channel's recent attempts.
ALTER TABLE delivery_attempt ADD COLUMN channel TEXT;
CREATE INDEX delivery_attempt_recent_by_channel ON delivery_attempt (channel, attempted_at);

-- One row per channel: locked while sending, so replicas respect its rate limit together; counts failures in a row.
CREATE TABLE channel_health (
    channel              TEXT PRIMARY KEY,
    consecutive_failures INT     NOT NULL DEFAULT 0,
    failing_raised       BOOLEAN NOT NULL DEFAULT false
);

-- Groups whose route escalates when nobody acknowledges in time; one row per group and route it went to.
CREATE TABLE escalation (
    group_id BIGINT      NOT NULL REFERENCES alert_group (id),
    route    TEXT        NOT NULL,
    due_at   TIMESTAMPTZ NOT NULL,
    done_at  TIMESTAMPTZ,
    PRIMARY KEY (group_id, route)
);

CREATE INDEX escalation_due ON escalation (due_at) WHERE done_at IS NULL;
