-- One row per invoice: its latest state, the figures the tax system must show, and its confirmation schedule.
CREATE TABLE ledger (
    seller_tax_id    TEXT          NOT NULL,
    invoice_number   TEXT          NOT NULL,
    state            TEXT          NOT NULL,
    reason_code      TEXT,
    reason           TEXT,
    total_amount     NUMERIC(18,2),
    total_tax        NUMERIC(18,2),
    issued_at        TIMESTAMP,
    receipt_id       TEXT,
    upstream_version BIGINT        NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 1,
    uploaded_at      TIMESTAMPTZ,
    next_check_at    TIMESTAMPTZ,
    lookups          INTEGER       NOT NULL DEFAULT 0,
    reupload_rounds  INTEGER       NOT NULL DEFAULT 0,
    missing_alerted  BOOLEAN       NOT NULL DEFAULT false,
    stuck_alerted    BOOLEAN       NOT NULL DEFAULT false,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    PRIMARY KEY (seller_tax_id, invoice_number)
);

-- The confirmation claim: due checks in due order; only rows being checked are indexed.
CREATE INDEX ledger_due_check ON ledger (next_check_at) WHERE next_check_at IS NOT NULL;

-- Counts by state without a filter are answered from this index alone.
CREATE INDEX ledger_state ON ledger (state);

-- Search and counts for one seller over an issue-date range.
CREATE INDEX ledger_seller_issued ON ledger (seller_tax_id, issued_at);

-- The STUCK scan: non-final invoices by the time of their last change.
CREATE INDEX ledger_stuck_scan ON ledger (updated_at)
    WHERE NOT stuck_alerted AND state IN ('RECEIVED', 'UPLOAD_PENDING', 'OUTCOME_UNKNOWN', 'UPLOADED');
