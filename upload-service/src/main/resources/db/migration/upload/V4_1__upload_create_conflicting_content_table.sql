-- New content that arrived for an invoice after its first content may have been sent (CONFLICT): kept, with the
-- event that brought it, so a human sees both and chooses (the console's re-entry). The submission row is unchanged.
CREATE TABLE conflicting_content (
    event_id       UUID        PRIMARY KEY,
    seller_tax_id  TEXT        NOT NULL,
    invoice_number TEXT        NOT NULL,
    source         TEXT,
    content_hash   TEXT        NOT NULL,
    payload        TEXT        NOT NULL,
    received_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX conflicting_content_invoice_idx ON conflicting_content (seller_tax_id, invoice_number, received_at);
