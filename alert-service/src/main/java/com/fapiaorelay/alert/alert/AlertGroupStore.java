package com.fapiaorelay.alert.alert;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Group windows: opened by the first alert of a group key, joined by the rest until the window is sealed. */
@Repository
class AlertGroupStore {

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

    private final JdbcClient jdbc;
    private final Duration window;

    AlertGroupStore(JdbcClient jdbc, GroupingProperties properties) {
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
}
