-- Maintenance of an ERP source declared at run time (beside the configured daily or weekly windows): the silence
-- watch raises nothing for the source from starts_at until ends_at.
CREATE TABLE source_maintenance (
    id           UUID          PRIMARY KEY,
    source_name  TEXT          NOT NULL,
    starts_at    TIMESTAMPTZ   NOT NULL,
    ends_at      TIMESTAMPTZ   NOT NULL,
    reason       TEXT          NOT NULL,
    declared_by  TEXT          NOT NULL,
    declared_at  TIMESTAMPTZ   NOT NULL
);

CREATE INDEX source_maintenance_by_source ON source_maintenance (source_name, ends_at);
