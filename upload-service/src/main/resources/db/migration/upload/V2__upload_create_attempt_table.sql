-- Every call to the tax interface for an invoice, with what it answered.
CREATE TABLE upload_attempt (
    id             BIGSERIAL PRIMARY KEY,
    seller_tax_id  TEXT        NOT NULL,
    invoice_number TEXT        NOT NULL,
    attempted_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    endpoint       TEXT        NOT NULL,
    outcome        TEXT        NOT NULL,
    code           TEXT,
    message        TEXT,
    latency_ms     INTEGER     NOT NULL
);

CREATE INDEX upload_attempt_invoice_idx ON upload_attempt (seller_tax_id, invoice_number);
