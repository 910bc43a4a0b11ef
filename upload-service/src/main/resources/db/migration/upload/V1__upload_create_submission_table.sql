-- One row per invoice handed to us: what to upload, where it stands, when to try next.
CREATE TABLE submission (
    seller_tax_id    TEXT        NOT NULL,
    invoice_number   TEXT        NOT NULL,
    content_hash     TEXT        NOT NULL,
    payload          TEXT        NOT NULL,
    source           TEXT        NOT NULL,
    state            TEXT        NOT NULL,
    version          BIGINT      NOT NULL,
    attempts         INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ,
    first_attempt_at TIMESTAMPTZ,
    reupload_round   INTEGER     NOT NULL DEFAULT 0,
    receipt_id       TEXT,
    reason_code      TEXT,
    reason           TEXT,
    received_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (seller_tax_id, invoice_number)
);

-- The workers' claim: due invoices waiting for (another) upload attempt.
CREATE INDEX submission_due_idx ON submission (next_attempt_at)
    WHERE state IN ('UPLOAD_PENDING', 'OUTCOME_UNKNOWN');

CREATE INDEX submission_state_idx ON submission (state);
