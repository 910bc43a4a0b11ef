-- Colour for blue/red counts, delayed visibility, and each record's summary checksum term
-- (docs/tax-interface.md "Summary"), computed here for rows stored before.
ALTER TABLE tax_record
    ADD COLUMN red         BOOLEAN     NOT NULL DEFAULT false,
    ADD COLUMN visible_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    ADD COLUMN record_hash BIGINT      NOT NULL DEFAULT 0;

UPDATE tax_record
   SET red = total_amount < 0,
       visible_at = stored_at,
       record_hash = ('x' || left(encode(sha256(convert_to(
           invoice_number || '|' || total_amount::text || '|' || total_tax::text || '|'
               || to_char(issued_at, 'YYYY-MM-DD"T"HH24:MI:SS'), 'UTF8')), 'hex'), 16))::bit(64)::bigint;

CREATE INDEX tax_record_seller_issued_at ON tax_record (seller_tax_id, issued_at);

-- Each upload's answer, queryable by its acceptance serial number for a while.
CREATE TABLE upload_batch (
    serial      TEXT        PRIMARY KEY,
    answered_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    answer      TEXT        NOT NULL
);
