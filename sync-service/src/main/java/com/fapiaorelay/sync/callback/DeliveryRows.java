package com.fapiaorelay.sync.callback;

import com.fapiaorelay.sync.statuschange.StatusChange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code callback_delivery} queue. A claim leases due rows (moves their next attempt past the lease) with SKIP
 * LOCKED, so replicas share the queue and a replica killed mid-send leaves its rows to the others when the lease
 * ends. Only an invoice's oldest pending change is claimable: its changes go out in version order.
 */
@Repository
class DeliveryRows {

    private static final String CHANGE_COLUMNS =
            "d.timeline_id, d.seller_tax_id, d.invoice_number, d.state, d.version, d.reason_code, d.reason,"
                    + " d.occurred_at";

    private final JdbcClient jdbc;

    DeliveryRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Delivery> claim(OffsetDateTime now, OffsetDateTime leaseEnd, int limit) {
        return jdbc
                .sql("""
                        UPDATE callback_delivery d SET next_attempt_at = :leaseEnd
                          FROM callback_subscription s
                         WHERE s.id = d.subscription_id
                           AND d.id IN (
                               SELECT c.id FROM callback_delivery c
                                WHERE c.status = 'PENDING' AND c.next_attempt_at <= :now
                                  AND NOT EXISTS (
                                      SELECT 1 FROM callback_delivery o
                                       WHERE o.subscription_id = c.subscription_id
                                         AND o.seller_tax_id = c.seller_tax_id
                                         AND o.invoice_number = c.invoice_number
                                         AND o.status = 'PENDING' AND o.version < c.version)
                                ORDER BY c.next_attempt_at, c.id
                                LIMIT :limit
                                  FOR UPDATE SKIP LOCKED)
                        RETURNING d.id, d.subscription_id, s.url, s.secret, d.attempts, """ + CHANGE_COLUMNS)
                .param("now", now)
                .param("leaseEnd", leaseEnd)
                .param("limit", limit)
                .query(DeliveryRows::delivery)
                .list()
                .stream()
                .sorted(Comparator.comparingLong(Delivery::id))
                .toList();
    }

    void delivered(long id, OffsetDateTime now) {
        jdbc.sql("""
                        UPDATE callback_delivery
                           SET status = 'DELIVERED', attempts = attempts + 1, delivered_at = :now, last_error = NULL
                         WHERE id = :id
                        """).param("id", id).param("now", now).update();
    }

    /** Counts a failed attempt: the row waits until {@code nextAttempt}, or is dead-lettered when that is null. */
    void failed(long id, String error, OffsetDateTime nextAttempt) {
        jdbc.sql("""
                        UPDATE callback_delivery
                           SET attempts = attempts + 1, last_error = :error,
                               status = CASE WHEN :next::timestamptz IS NULL THEN 'DEAD' ELSE 'PENDING' END,
                               next_attempt_at = coalesce(:next::timestamptz, next_attempt_at)
                         WHERE id = :id
                        """)
                .param("id", id)
                .param("error", error)
                .param("next", nextAttempt)
                .update();
    }

    /** Hands claimed rows back unsent, without counting an attempt: their receiver just failed another one. */
    void release(Collection<Long> ids, OffsetDateTime nextAttempt) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE callback_delivery SET next_attempt_at = :next WHERE id = ANY(:ids::bigint[])")
                .param("ids", ids.toArray(Long[]::new))
                .param("next", nextAttempt)
                .update();
    }

    /** Deletes at most {@code limit} rows delivered before {@code before}; answers how many. */
    int forgetDelivered(OffsetDateTime before, int limit) {
        return jdbc.sql("""
                        DELETE FROM callback_delivery WHERE id IN (
                            SELECT id FROM callback_delivery
                             WHERE status = 'DELIVERED' AND delivered_at < :before
                             LIMIT :limit)
                        """).param("before", before).param("limit", limit).update();
    }

    List<DeadLetter> dead(UUID subscriptionId, int limit) {
        return jdbc.sql("SELECT d.id, d.attempts, d.last_error, " + CHANGE_COLUMNS + """
                         FROM callback_delivery d
                        WHERE d.subscription_id = :subscription AND d.status = 'DEAD'
                        ORDER BY d.id
                        LIMIT :limit
                        """)
                .param("subscription", subscriptionId)
                .param("limit", limit)
                .query((rs, row) ->
                        new DeadLetter(rs.getLong("id"), change(rs), rs.getInt("attempts"), rs.getString("last_error")))
                .list();
    }

    /** Puts every dead letter of the subscription back in the queue, due now, with its attempts counted afresh. */
    int replayDead(UUID subscriptionId, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE callback_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = :now
                         WHERE subscription_id = :subscription AND status = 'DEAD'
                        """)
                .param("subscription", subscriptionId)
                .param("now", now)
                .update();
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        return new Delivery(
                rs.getLong("id"),
                rs.getObject("subscription_id", UUID.class),
                rs.getString("url"),
                rs.getString("secret"),
                rs.getInt("attempts"),
                change(rs));
    }

    private static StatusChange change(ResultSet rs) throws SQLException {
        return StatusChange.read(rs, "timeline_id");
    }
}
