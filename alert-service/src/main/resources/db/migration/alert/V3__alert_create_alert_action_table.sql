-- Who moved an alert through its lifecycle, and when. Append-only.
CREATE TABLE alert_action (
    id       BIGSERIAL PRIMARY KEY,
    alert_id BIGINT      NOT NULL REFERENCES alert (id),
    action   TEXT        NOT NULL,
    actor    TEXT        NOT NULL,
    acted_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX alert_action_by_alert ON alert_action (alert_id, id);

CREATE FUNCTION alert_action_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'alert_action is append-only';
END;
$$;

CREATE TRIGGER alert_action_append_only
    BEFORE UPDATE OR DELETE ON alert_action
    FOR EACH ROW EXECUTE FUNCTION alert_action_refuse_change();
