-- Invoice files a clerk filled a correction from ("fill from the invoice file"), kept for the reviewer. A file is
-- stored when read and tied to the correction its clerk then submits; one file per correction.
CREATE TABLE correction_file (
    id            BIGSERIAL   PRIMARY KEY,
    correction_id BIGINT      REFERENCES correction (id),
    file_name     TEXT,
    media_type    TEXT        NOT NULL,
    content       BYTEA       NOT NULL,
    uploaded_by   TEXT        NOT NULL,
    uploaded_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX correction_file_correction_idx ON correction_file (correction_id);
