package com.fapiaorelay.alert.alert;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The facade delivery uses: seal the group windows that are due and describe each as one notice. */
@Component
public class AlertGroups {

    // SKIP LOCKED lets replicas seal disjoint windows; a window locked by an ingest waits for the next run.
    private static final String SEAL_DUE = """
            UPDATE alert_group SET sealed = true, sealed_at = now()
            WHERE id IN (SELECT id FROM alert_group WHERE NOT sealed AND due_at <= now()
                         ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING id AS group_id, group_key, anomaly_type, severity, seller_tax_id, alert_count, anomaly_count,
                      opened_at, NULL AS samples
            """;

    private final JdbcClient jdbc;
    private final int sampleSize;

    AlertGroups(JdbcClient jdbc, GroupingProperties properties) {
        this.jdbc = jdbc;
        this.sampleSize = properties.sampleSize();
    }

    /** Call inside the transaction that also queues the notices for delivery. */
    public List<GroupNotice> sealDue(int limit) {
        return jdbc.sql(SEAL_DUE).param(limit).query(GroupNotice.class).list().stream()
                .map(notice -> notice.withSamples(samplesOf(notice.groupId())))
                .toList();
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
