-- Manual re-entries (补录) waiting for or past their review. The invoice itself lives in the services; this is the
-- request: what the clerk entered, what it replaces, and who decided.
CREATE TABLE correction (
    id                      BIGSERIAL   PRIMARY KEY,
    original_seller_tax_id  TEXT,
    original_invoice_number TEXT,
    original_state          TEXT,
    original_payload        TEXT,
    payload                 TEXT        NOT NULL,
    seller_tax_id           TEXT        NOT NULL,
    invoice_number          TEXT        NOT NULL,
    author                  TEXT        NOT NULL,
    note                    TEXT,
    created_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    status                  TEXT        NOT NULL DEFAULT 'PENDING',
    reviewer                TEXT,
    review_comment          TEXT,
    reviewed_at             TIMESTAMPTZ,
    entry_outcome           TEXT,
    CONSTRAINT correction_reviewed_by_another CHECK (reviewer IS NULL OR reviewer <> author)
);

CREATE INDEX correction_status_idx ON correction (status, created_at);
