-- The daily report of one seller's issue day, as last made: what the report CSV and the message showed.
CREATE TABLE daily_report (
    seller_tax_id          TEXT         NOT NULL,
    day                    DATE         NOT NULL,
    generated_at           TIMESTAMPTZ  NOT NULL,
    by_state               TEXT         NOT NULL,
    total                  BIGINT       NOT NULL,
    recovered_automatically BIGINT      NOT NULL,
    needing_human          BIGINT       NOT NULL,
    reconciliation_run_id  BIGINT       REFERENCES reconciliation_run (id),
    reconciliation_status  TEXT,
    missing_in_tax         INTEGER,
    unknown_to_us          INTEGER,
    field_mismatch         INTEGER,
    PRIMARY KEY (seller_tax_id, day)
);
