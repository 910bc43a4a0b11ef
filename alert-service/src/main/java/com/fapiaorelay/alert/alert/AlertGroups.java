package com.fapiaorelay.alert.alert;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The facade delivery uses: seal due group windows, spot recovered ones, and describe each as one notice. */
@Component
public class AlertGroups {

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

    private static final int TOP_REASONS = 3;

    private final JdbcClient jdbc;
    private final int sampleSize;

    AlertGroups(JdbcClient jdbc, GroupingProperties properties) {
        this.jdbc = jdbc;
        this.sampleSize = properties.sampleSize();
    }

    /** Call inside the transaction that also queues the notices for delivery. */
    public List<GroupNotice> sealDue(int limit) {
        return completed(
                jdbc.sql(SEAL_DUE).param(limit).query(GroupNotice.class).list());
    }

    /** Sealed windows whose every alert is now resolved, each answered once; call inside the queueing transaction. */
    public List<GroupNotice> announceRecovered(int limit) {
        return completed(jdbc.sql(ANNOUNCE_RECOVERED)
                .param(limit)
                .query(GroupNotice.class)
                .list());
    }

    public Optional<GroupNotice> describe(long groupId) {
        return jdbc.sql("SELECT " + NOTICE_COLUMNS + " FROM alert_group WHERE id = ?")
                .param(groupId)
                .query(GroupNotice.class)
                .optional()
                .map(this::completed);
    }

    /** True while some alert of the group is still FIRING: nobody has acknowledged or resolved it. */
    public boolean isUnacknowledged(long groupId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM alert WHERE group_id = ? AND state = 'FIRING')")
                .param(groupId)
                .query(Boolean.class)
                .single();
    }

    private List<GroupNotice> completed(List<GroupNotice> notices) {
        return notices.stream().map(this::completed).toList();
    }

    private GroupNotice completed(GroupNotice notice) {
        return notice.completedWith(
                reachOf(notice.groupId()), reasonsOf(notice.groupId()), samplesOf(notice.groupId()));
    }

    private GroupNotice.Reach reachOf(long groupId) {
        return jdbc.sql("""
                        SELECT count(DISTINCT invoice_number) AS invoice_count,
                               count(DISTINCT seller_tax_id) AS seller_count
                        FROM alert WHERE group_id = ?""").param(groupId).query(GroupNotice.Reach.class).single();
    }

    private List<GroupNotice.Reason> reasonsOf(long groupId) {
        return jdbc.sql("""
                        SELECT coalesce(nullif(detail, ''), summary) AS reason, count(*) AS count
                        FROM alert WHERE group_id = ? GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?""")
                .params(groupId, TOP_REASONS)
                .query(GroupNotice.Reason.class)
                .list();
    }

    private List<GroupNotice.Sample> samplesOf(long groupId) {
        return jdbc.sql("""
                        SELECT id AS alert_id, fingerprint, invoice_number, summary
                        FROM alert WHERE group_id = ? ORDER BY id LIMIT ?""")
                .params(groupId, sampleSize)
                .query(GroupNotice.Sample.class)
                .list();
    }
}
