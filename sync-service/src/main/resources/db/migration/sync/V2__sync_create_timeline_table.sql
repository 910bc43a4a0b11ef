-- Every transition of every invoice, whoever made it: the answer to "what happened to my invoice?".
CREATE TABLE timeline (
    id             BIGSERIAL   PRIMARY KEY,
    seller_tax_id  TEXT        NOT NULL,
    invoice_number TEXT        NOT NULL,
    occurred_at    TIMESTAMPTZ NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    source         TEXT        NOT NULL,
    state          TEXT        NOT NULL,
    version        BIGINT      NOT NULL,
    reason_code    TEXT,
    reason         TEXT
);

CREATE INDEX timeline_invoice ON timeline (seller_tax_id, invoice_number, id);
