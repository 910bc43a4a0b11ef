-- ERP clients' API keys. Only the SHA-256 of a key is kept; the raw key is shown once, when it is created.
CREATE TABLE api_key (
    id             UUID        PRIMARY KEY,
    name           TEXT        NOT NULL,
    key_hash       TEXT        NOT NULL UNIQUE,
    seller_tax_ids TEXT[]      NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at     TIMESTAMPTZ
);
