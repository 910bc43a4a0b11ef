-- What ERPs declared they issued, one row per seller and day or batch (a later declaration replaces an earlier one),
-- and how it compared with what the ledger received.
CREATE TABLE declaration (
    seller_tax_id    TEXT          NOT NULL,
    subject          TEXT          NOT NULL,
    day              DATE,
    batch_id         TEXT,
    source           TEXT          NOT NULL,
    event_id         UUID          NOT NULL,
    occurred_at      TIMESTAMPTZ   NOT NULL,
    invoice_count    INTEGER       NOT NULL,
    total_amount     NUMERIC(20,2) NOT NULL,
    total_tax        NUMERIC(20,2) NOT NULL,
    invoice_numbers  TEXT[],
    declared_at      TIMESTAMPTZ   NOT NULL,
    compare_at       TIMESTAMPTZ,
    compared_at      TIMESTAMPTZ,
    received_count   BIGINT,
    received_amount  NUMERIC(24,2),
    received_tax     NUMERIC(24,2),
    missing_numbers  TEXT[],
    gap_raised       BOOLEAN       NOT NULL DEFAULT false,
    PRIMARY KEY (seller_tax_id, subject)
);

-- The comparison claim: due declarations in due order; settled ones (compare_at null) are not indexed.
CREATE INDEX declaration_due ON declaration (compare_at) WHERE compare_at IS NOT NULL;
