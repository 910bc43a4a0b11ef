-- An invoice's content, written when it arrives or is replaced and never on a state change. In the submission row
-- it was rewritten, ~1.5 KB of heap and WAL, by each of a round's two updates (the claim and the outcome): PostgreSQL
-- moves a value out of line only from rows of 2 KB, whatever the table's toast_tuple_target.
CREATE TABLE submission_content (
    seller_tax_id  TEXT NOT NULL,
    invoice_number TEXT NOT NULL,
    payload        TEXT NOT NULL,
    PRIMARY KEY (seller_tax_id, invoice_number)
);

INSERT INTO submission_content (seller_tax_id, invoice_number, payload)
SELECT seller_tax_id, invoice_number, payload FROM submission;

ALTER TABLE submission DROP COLUMN payload;

-- By state, only the states a person asks for (replay looks in UPLOAD_FAILED and REJECTED): every invoice passes
-- through UPLOAD_PENDING, OUTCOME_UNKNOWN and UPLOADED, and each of those moves cost an entry in an index of all
-- states. The claim finds due invoices through submission_due_idx.
DROP INDEX submission_state_idx;
CREATE INDEX submission_held_state_idx ON submission (state)
    WHERE state NOT IN ('UPLOAD_PENDING', 'OUTCOME_UNKNOWN', 'UPLOADED');
