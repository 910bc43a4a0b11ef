-- A group window is announced once more when every alert in it has recovered.
ALTER TABLE alert_group ADD COLUMN resolved_announced_at TIMESTAMPTZ;

-- The recovery check's hot query: sealed windows whose recovery has not been announced yet.
CREATE INDEX alert_group_awaiting_recovery ON alert_group (id) WHERE sealed AND resolved_announced_at IS NULL;
