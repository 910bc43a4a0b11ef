package com.fapiaorelay.alert.lifecycle;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Group windows: opened by the first alert of a group key, joined by the rest until the window is sealed; and what
 * their alerts say, for the notice.
 */
@Repository
class AlertGroupRows {

    // Waits on a window being sealed concurrently; once sealed it no longer conflicts, so a new window opens.
    private static final String JOIN = """
            INSERT INTO alert_group (group_key, anomaly_type, severity, seller_tax_id, alert_count, anomaly_count, due_at)
            VALUES (:groupKey, :type, :severity, :seller, :alerts, :anomalies, now() + :windowMillis * interval '1 ms')
            ON CONFLICT (group_key) WHERE NOT sealed DO UPDATE SET
                alert_count = alert_group.alert_count + excluded.alert_count,
                anomaly_count = alert_group.anomaly_count + excluded.anomaly_count,
                severity = CASE
                    WHEN array_position(ARRAY['INFO', 'WARNING', 'CRITICAL'], excluded.severity)
                         > array_position(ARRAY['INFO', 'WARNING', 'CRITICAL'], alert_group.severity)
                    THEN excluded.severity ELSE alert_group.severity END
            RETURNING id
            """;

    private static final String NOTICE_COLUMNS = """
            id AS group_id, group_key, anomaly_type, severity, seller_tax_id, alert_count, anomaly_count,
            0 AS invoice_count, 0 AS seller_count, opened_at, NULL AS reasons, NULL AS samples
            """;

    // SKIP LOCKED lets replicas seal disjoint windows; a window locked by an ingest waits for the next run.
    private static final String SEAL_DUE = """
            UPDATE alert_group SET sealed = true, sealed_at = now()
            WHERE id IN (SELECT id FROM alert_group WHERE NOT sealed AND due_at <= now()
                         ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING\s""" + NOTICE_COLUMNS;

    private static final String ANNOUNCE_RECOVERED = """
            UPDATE alert_group SET resolved_announced_at = now()
            WHERE id IN (SELECT g.id FROM alert_group g WHERE g.sealed AND g.resolved_announced_at IS NULL
                           AND EXISTS (SELECT 1 FROM alert a WHERE a.group_id = g.id)
                           AND NOT EXISTS (SELECT 1 FROM alert a WHERE a.group_id = g.id AND a.state <> 'RESOLVED')
                         ORDER BY g.id LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING\s""" + NOTICE_COLUMNS;

    private final JdbcClient jdbc;
    private final Duration window;

    AlertGroupRows(JdbcClient jdbc, GroupingProperties properties) {
        this.jdbc = jdbc;
        this.window = properties.window();
    }

    long join(GroupTally tally) {
        return jdbc.sql(JOIN)
                .param("groupKey", tally.groupKey())
                .param("type", tally.anomalyType())
                .param("severity", tally.severity().name())
                .param("seller", tally.sellerTaxId())
                .param("alerts", tally.announcedAlertIds().size())
                .param("anomalies", tally.anomalies())
                .param("windowMillis", window.toMillis())
                .query(Long.class)
                .single();
    }

    /** Repeats of an alert count in its window only while that window has not gone out yet. */
    void countRepeats(long groupId, int repeats) {
        jdbc.sql("UPDATE alert_group SET anomaly_count = anomaly_count + ? WHERE id = ? AND NOT sealed")
                .params(repeats, groupId)
                .update();
    }

    List<GroupNotice> sealDue(int limit) {
        return jdbc.sql(SEAL_DUE).param(limit).query(GroupNotice.class).list();
    }

    boolean anyOpen() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM alert_group WHERE NOT sealed)")
                .query(Boolean.class)
                .single();
    }

    List<GroupNotice> announceRecovered(int limit) {
        return jdbc.sql(ANNOUNCE_RECOVERED)
                .param(limit)
                .query(GroupNotice.class)
                .list();
    }

    Optional<GroupNotice> find(long groupId) {
        return jdbc.sql("SELECT " + NOTICE_COLUMNS + " FROM alert_group WHERE id = ?")
                .param(groupId)
                .query(GroupNotice.class)
                .optional();
    }

    boolean anyFiring(long groupId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM alert WHERE group_id = ? AND state = 'FIRING')")
                .param(groupId)
                .query(Boolean.class)
                .single();
    }

    GroupNotice.Reach reachOf(long groupId) {
        return jdbc.sql("""
                        SELECT count(DISTINCT invoice_number) AS invoice_count,
                               count(DISTINCT seller_tax_id) AS seller_count
                        FROM alert WHERE group_id = ?""").param(groupId).query(GroupNotice.Reach.class).single();
    }

    List<GroupNotice.Reason> reasonsOf(long groupId, int top) {
        return jdbc.sql("""
                        SELECT coalesce(nullif(detail, ''), summary) AS reason, count(*) AS count
                        FROM alert WHERE group_id = ? GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?""")
                .params(groupId, top)
                .query(GroupNotice.Reason.class)
                .list();
    }

    List<GroupNotice.Sample> samplesOf(long groupId, int size) {
        return jdbc.sql("""
                        SELECT id AS alert_id, fingerprint, invoice_number, summary
                        FROM alert WHERE group_id = ? ORDER BY id LIMIT ?""")
                .params(groupId, size)
                .query(GroupNotice.Sample.class)
                .list();
    }
}
