-- The silence watch learns a source's cadence from when its sellers' invoices arrived (the ledger's created_at) on
-- the same weekday and hour of the last two weeks: two hours of one seller's arrivals, read by this index.
CREATE INDEX ledger_seller_arrival ON ledger (seller_tax_id, created_at);
