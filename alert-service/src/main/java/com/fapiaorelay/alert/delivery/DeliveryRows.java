package com.fapiaorelay.alert.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The delivery queue and its attempt log. */
@Repository
class DeliveryRows {

    private final JdbcClient jdbc;

    DeliveryRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The unique constraint makes a group's message of one kind go to one channel once, whichever replica queues. */
    void enqueue(long groupId, String channel, MessageKind kind, String payload) {
        jdbc.sql("""
                        INSERT INTO delivery (group_id, channel, kind, payload) VALUES (?, ?, ?, ?)
                        ON CONFLICT (group_id, channel, kind) DO NOTHING""").params(groupId, channel, kind.name(), payload).update();
    }

    /** The channels that were told the group fired or escalated: the ones to hear that it recovered. */
    List<String> channelsTold(long groupId) {
        return jdbc.sql("SELECT DISTINCT channel FROM delivery WHERE group_id = ? AND kind <> 'RESOLVED' ORDER BY 1")
                .param(groupId)
                .query(String.class)
                .list();
    }

    /** Locks the next due message until the claiming transaction ends; replicas skip it meanwhile. */
    Optional<PendingDelivery> claimNextDue() {
        return jdbc.sql("""
                        SELECT id, group_id, channel, payload, attempts FROM delivery
                        WHERE state = 'PENDING' AND next_attempt_at <= now()
                        ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED""").query(PendingDelivery.class).optional();
    }

    /** Over the channel's rate limit: the message waits without spending an attempt. */
    void defer(long id, Duration wait) {
        jdbc.sql("UPDATE delivery SET next_attempt_at = clock_timestamp() + ? * interval '1 ms' WHERE id = ?")
                .params(wait.toMillis(), id)
                .update();
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

    void logAttempt(
            PendingDelivery delivery, int attempt, DeliveryOutcome outcome, ChannelResult result, Duration took) {
        jdbc.sql("""
                        INSERT INTO delivery_attempt
                            (delivery_id, channel, attempt, attempted_at, outcome, http_status, error, duration_ms)
                        VALUES (?, ?, ?, clock_timestamp(), ?, ?, ?, ?)""")
                .params(
                        delivery.id(),
                        delivery.channel(),
                        attempt,
                        outcome.name(),
                        result.httpStatus(),
                        result.error(),
                        took.toMillis())
                .update();
    }
}
