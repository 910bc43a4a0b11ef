-- The confirmation round's lease: the claim stamps its token and pushes next_check_at to the lease's end, commits,
-- looks the invoices up with no transaction open, then records only where the token still holds.
ALTER TABLE ledger ADD COLUMN claim_token UUID;
