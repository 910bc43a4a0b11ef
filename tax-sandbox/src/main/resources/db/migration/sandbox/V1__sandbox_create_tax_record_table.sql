-- What the simulated tax system holds: one row per invoice number per seller.
CREATE TABLE tax_record (
    seller_tax_id   TEXT          NOT NULL,
    invoice_number  TEXT          NOT NULL,
    receipt_id      TEXT          NOT NULL,
    content_hash    TEXT          NOT NULL,
    total_amount    NUMERIC(18,2) NOT NULL,
    total_tax       NUMERIC(18,2) NOT NULL,
    issued_at       TIMESTAMP     NOT NULL,
    stored_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    upload_count    INTEGER       NOT NULL DEFAULT 1,
    duplicate_count INTEGER       NOT NULL DEFAULT 0,
    PRIMARY KEY (seller_tax_id, invoice_number)
);
