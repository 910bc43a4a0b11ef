-- Webhooks registered by ERPs (or operators for them): where to POST which sellers' status changes, signed with the
-- secret (kept as given: HMAC needs it).
CREATE TABLE callback_subscription (
    id              UUID          PRIMARY KEY,
    url             TEXT          NOT NULL,
    secret          TEXT          NOT NULL,
    seller_tax_ids  TEXT[]        NOT NULL,
    states          TEXT[]        NOT NULL,
    created_by      TEXT          NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL
);

-- How far the timeline has been fanned out into deliveries: one row, locked by the replica fanning out. It starts
-- at the newest change when the table is made: history before it is not sent.
CREATE TABLE callback_feed (
    singleton    BOOLEAN  PRIMARY KEY DEFAULT true CHECK (singleton),
    tx_id        xid8     NOT NULL,
    timeline_id  BIGINT   NOT NULL
);
INSERT INTO callback_feed (tx_id, timeline_id) VALUES ('0', 0);
UPDATE callback_feed SET (tx_id, timeline_id) = (SELECT tx_id, id FROM timeline ORDER BY tx_id DESC, id DESC LIMIT 1)
 WHERE EXISTS (SELECT 1 FROM timeline);

-- The durable queue: one row per subscription and change, PENDING until the receiver answers 2xx (DELIVERED) or
-- the attempts run out (DEAD, until replayed).
CREATE TABLE callback_delivery (
    id               BIGSERIAL     PRIMARY KEY,
    subscription_id  UUID          NOT NULL REFERENCES callback_subscription ON DELETE CASCADE,
    timeline_id      BIGINT        NOT NULL,
    seller_tax_id    TEXT          NOT NULL,
    invoice_number   TEXT          NOT NULL,
    state            TEXT          NOT NULL,
    version          BIGINT        NOT NULL,
    reason_code      TEXT,
    reason           TEXT,
    occurred_at      TIMESTAMPTZ   NOT NULL,
    status           TEXT          NOT NULL DEFAULT 'PENDING',
    attempts         INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ   NOT NULL,
    last_error       TEXT,
    delivered_at     TIMESTAMPTZ,
    UNIQUE (subscription_id, timeline_id)
);

-- The delivery claim: pending rows in due order.
CREATE INDEX callback_delivery_due ON callback_delivery (next_attempt_at) WHERE status = 'PENDING';

-- Version order per invoice: a change waits while an older one of the same invoice is pending.
CREATE INDEX callback_delivery_invoice ON callback_delivery (subscription_id, seller_tax_id, invoice_number, version)
    WHERE status = 'PENDING';

-- The dead-letter view and replay.
CREATE INDEX callback_delivery_dead ON callback_delivery (subscription_id, id) WHERE status = 'DEAD';

-- Delivered rows are deleted after the retention, oldest first.
CREATE INDEX callback_delivery_delivered ON callback_delivery (delivered_at) WHERE status = 'DELIVERED';
