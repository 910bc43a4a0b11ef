-- When the ledger last heard of a new invoice of each seller (its first upstream event): an ERP source speaks.
CREATE TABLE seller_activity (
    seller_tax_id       TEXT          PRIMARY KEY,
    last_submission_at  TIMESTAMPTZ   NOT NULL
);

-- Each configured ERP source: since when it is watched (a source never heard is silent since then), and whether
-- its silence has been announced, so replicas announce it once.
CREATE TABLE source_silence (
    source_name     TEXT          PRIMARY KEY,
    watched_since   TIMESTAMPTZ   NOT NULL,
    silence_raised  BOOLEAN       NOT NULL DEFAULT false
);
