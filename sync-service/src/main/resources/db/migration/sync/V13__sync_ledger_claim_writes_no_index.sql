-- The confirmation claim now stamps only columns no index covers (its token and the lease's end), so PostgreSQL can
-- write it as a heap-only tuple beside the row, with no entry in the ledger's six indexes; next_check_at keeps the
-- due time, and the claim skips rows whose lease still runs. Pages keep a fifth free for those tuples (new pages).
ALTER TABLE ledger ADD COLUMN claimed_until TIMESTAMPTZ;
ALTER TABLE ledger SET (fillfactor = 80);
