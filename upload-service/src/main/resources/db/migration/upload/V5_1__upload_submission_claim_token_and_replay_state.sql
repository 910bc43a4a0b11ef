-- The upload round that holds an invoice: every write of the round is conditional on it, so a worker whose lease
-- ran out and whose invoices another worker claimed since can neither overwrite their state nor announce it.
ALTER TABLE submission ADD COLUMN claim_token UUID;

-- The state a replay puts an UPLOAD_FAILED invoice back in: OUTCOME_UNKNOWN when its last outcome was unknown, so
-- it is looked up before it is sent again.
ALTER TABLE submission ADD COLUMN replay_state TEXT;
