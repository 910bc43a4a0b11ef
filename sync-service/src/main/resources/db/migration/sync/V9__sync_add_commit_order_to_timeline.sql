-- Status changes are read by cursor in commit-safe order: by the writing transaction's id, then the row id, and only
-- rows of transactions older than every one still running (pg_snapshot_xmin). A row with a lower id that commits
-- after a higher one is therefore never skipped. Existing rows all get this migration's transaction id.
ALTER TABLE timeline ADD COLUMN tx_id xid8 NOT NULL DEFAULT pg_current_xact_id();

-- The callbacks' fan-out and operators' pull read every seller in this order.
CREATE INDEX timeline_change_order ON timeline (tx_id, id);

-- An ERP's pull reads its sellers in this order.
CREATE INDEX timeline_seller_change_order ON timeline (seller_tax_id, tx_id, id);
