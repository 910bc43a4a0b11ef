package com.fapiaorelay.sync.callback;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Fans the ledger's timeline out into the delivery queue: the changes after the feed's cursor, in commit order and
 * only of transactions older than every running one (so none committed late is skipped), one delivery per matching
 * subscription, and the cursor moved, in one statement. The feed's row is locked with SKIP LOCKED: one replica fans
 * out at a time, the others go on delivering. The cursor is read by a sub-select, not a join, so PostgreSQL starts the
 * timeline's index scan at it instead of reading the whole timeline on every call.
 */
@Repository
class CallbackFeedRows {

    private final JdbcClient jdbc;

    CallbackFeedRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Call inside a transaction; answers how many changes were read (0 also when another replica holds the feed). */
    int fanOut(int limit, OffsetDateTime now) {
        boolean locked = jdbc.sql("SELECT true FROM callback_feed FOR UPDATE SKIP LOCKED")
                .query(Boolean.class)
                .optional()
                .isPresent();
        if (!locked) {
            return 0;
        }
        return jdbc.sql("""
                        WITH batch AS (
                            SELECT t.id, t.tx_id, t.seller_tax_id, t.invoice_number, t.state, t.version,
                                   t.reason_code, t.reason, t.occurred_at
                              FROM timeline t
                             WHERE (t.tx_id, t.id) > (SELECT tx_id, timeline_id FROM callback_feed)
                               AND t.tx_id < pg_snapshot_xmin(pg_current_snapshot())
                             ORDER BY t.tx_id, t.id
                             LIMIT :limit
                        ), queued AS (
                            INSERT INTO callback_delivery (subscription_id, timeline_id, seller_tax_id, invoice_number,
                                                           state, version, reason_code, reason, occurred_at,
                                                           next_attempt_at)
                            SELECT s.id, b.id, b.seller_tax_id, b.invoice_number, b.state, b.version, b.reason_code,
                                   b.reason, b.occurred_at, :now
                              FROM batch b
                              JOIN callback_subscription s
                                ON b.seller_tax_id = ANY (s.seller_tax_ids)
                               AND (cardinality(s.states) = 0 OR b.state = ANY (s.states))
                             ORDER BY b.tx_id, b.id
                            ON CONFLICT (subscription_id, timeline_id) DO NOTHING
                        ), last AS (
                            SELECT tx_id, id FROM batch ORDER BY tx_id DESC, id DESC LIMIT 1
                        )
                        UPDATE callback_feed f SET tx_id = last.tx_id, timeline_id = last.id
                          FROM last
                        RETURNING (SELECT count(*) FROM batch)
                        """)
                .param("limit", limit)
                .param("now", now)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }
}
