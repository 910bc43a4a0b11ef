package com.fapiaorelay.alert.delivery;

import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The delivery queue and its attempt log. */
@Repository
class DeliveryStore {

    private final JdbcClient jdbc;

    DeliveryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void enqueue(long groupId, String channel, String payload) {
        jdbc.sql("""
                        INSERT INTO delivery (group_id, channel, payload) VALUES (?, ?, ?)
                        ON CONFLICT (group_id, channel) DO NOTHING""").params(groupId, channel, payload).update();
    }

    /** Locks the next due message until the claiming transaction ends; replicas skip it meanwhile. */
    Optional<PendingDelivery> claimNextDue() {
        return jdbc.sql("""
                        SELECT id, group_id, channel, payload, attempts FROM delivery
                        WHERE state = 'PENDING' AND next_attempt_at <= now()
                        ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED""").query(PendingDelivery.class).optional();
    }

    void markDelivered(long id, int attempts) {
        jdbc.sql("UPDATE delivery SET state = 'DELIVERED', attempts = ?, delivered_at = now() WHERE id = ?")
                .params(attempts, id)
                .update();
    }

    void retryLater(long id, int attempts, Duration wait) {
        jdbc.sql("""
                        UPDATE delivery SET attempts = ?, next_attempt_at = now() + ? * interval '1 ms'
                        WHERE id = ?""").params(attempts, wait.toMillis(), id).update();
    }

    void giveUp(long id, int attempts) {
        jdbc.sql("UPDATE delivery SET state = 'FAILED', attempts = ? WHERE id = ?")
                .params(attempts, id)
                .update();
    }

    void logAttempt(long id, int attempt, DeliveryOutcome outcome, ChannelResult result, Duration took) {
        jdbc.sql("""
                        INSERT INTO delivery_attempt (delivery_id, attempt, outcome, http_status, error, duration_ms)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, attempt, outcome.name(), result.httpStatus(), result.error(), took.toMillis())
                .update();
    }
}
