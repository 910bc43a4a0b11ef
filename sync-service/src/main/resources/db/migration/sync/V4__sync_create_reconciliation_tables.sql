-- One reconciliation of one seller's day with the tax system: both sides' totals, what it found and what it cost.
CREATE TABLE reconciliation_run (
    id              BIGSERIAL     PRIMARY KEY,
    seller_tax_id   TEXT          NOT NULL,
    day             DATE          NOT NULL,
    trigger         TEXT          NOT NULL,
    status          TEXT          NOT NULL,
    started_at      TIMESTAMPTZ   NOT NULL,
    finished_at     TIMESTAMPTZ,
    ledger_count    BIGINT,
    ledger_amount   NUMERIC(20,2),
    ledger_tax      NUMERIC(20,2),
    tax_count       BIGINT,
    tax_amount      NUMERIC(20,2),
    tax_tax         NUMERIC(20,2),
    missing_in_tax  INTEGER       NOT NULL DEFAULT 0,
    unknown_to_us   INTEGER       NOT NULL DEFAULT 0,
    field_mismatch  INTEGER       NOT NULL DEFAULT 0,
    remote_calls    INTEGER       NOT NULL DEFAULT 0,
    failure         TEXT
);

-- The latest run of a seller's day, for its daily report.
CREATE INDEX reconciliation_run_seller_day ON reconciliation_run (seller_tax_id, day, id);

-- Every invoice a run found the two sides disagree on, with what each side holds.
CREATE TABLE reconciliation_discrepancy (
    id              BIGSERIAL     PRIMARY KEY,
    run_id          BIGINT        NOT NULL REFERENCES reconciliation_run (id),
    kind            TEXT          NOT NULL,
    seller_tax_id   TEXT          NOT NULL,
    invoice_number  TEXT          NOT NULL,
    ledger_state    TEXT,
    ledger_amount   NUMERIC(18,2),
    ledger_tax      NUMERIC(18,2),
    ledger_issued_at TIMESTAMP,
    tax_amount      NUMERIC(18,2),
    tax_tax         NUMERIC(18,2),
    tax_issued_at   TIMESTAMP,
    detail          TEXT          NOT NULL
);

CREATE INDEX reconciliation_discrepancy_run ON reconciliation_discrepancy (run_id, id);
