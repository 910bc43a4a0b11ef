package com.fapiaorelay.alert.lifecycle;

import com.fapiaorelay.alert.lifecycle.UpsertOutcome.Kind;
import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/** The alert table: one row per fingerprint, written by ingest and the lifecycle, read by the API and metrics. */
@Repository
class AlertRows {

    private static final String COLUMNS = """
            SELECT id, fingerprint, group_key, group_id, anomaly_type, severity, state, source, seller_tax_id,
                   invoice_number, summary, detail, occurrences, first_seen_at, last_seen_at, state_changed_at
            FROM alert
            """;

    // The CTE reads the state before this statement, so a resolved alert that fires again is told apart.
    private static final String UPSERT = """
            WITH previous AS (SELECT state FROM alert WHERE fingerprint = :fingerprint)
            INSERT INTO alert (fingerprint, group_key, anomaly_type, severity, state, source, seller_tax_id,
                               invoice_number, summary, detail, first_seen_at, last_seen_at, state_changed_at)
            VALUES (:fingerprint, :groupKey, :type, :severity, 'FIRING', :source, :seller,
                    :invoice, :summary, :detail, :seenAt, :seenAt, now())
            ON CONFLICT (fingerprint) DO UPDATE SET
                occurrences = alert.occurrences + 1,
                last_seen_at = GREATEST(alert.last_seen_at, excluded.last_seen_at),
                severity = excluded.severity,
                summary = excluded.summary,
                detail = excluded.detail,
                state = CASE WHEN alert.state = 'RESOLVED' THEN 'FIRING' ELSE alert.state END,
                state_changed_at = CASE WHEN alert.state = 'RESOLVED' THEN now() ELSE alert.state_changed_at END
            RETURNING id, group_id, (SELECT state FROM previous) AS previous_state
            """;

    private final JdbcClient jdbc;

    AlertRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UpsertOutcome upsert(AnomalyRaised anomaly) {
        return jdbc.sql(UPSERT)
                .param("fingerprint", anomaly.fingerprint())
                .param("groupKey", anomaly.groupKey())
                .param("type", anomaly.anomalyType())
                .param("severity", anomaly.severity().name())
                .param("source", anomaly.source())
                .param("seller", anomaly.sellerTaxId())
                .param("invoice", anomaly.invoiceNumber())
                .param("summary", anomaly.summary())
                .param("detail", anomaly.detail())
                .param("seenAt", anomaly.occurredAt())
                .query((rs, row) -> new UpsertOutcome(
                        rs.getLong("id"), rs.getObject("group_id", Long.class), kind(rs.getString("previous_state"))))
                .single();
    }

    Optional<Long> resolveByFingerprint(String fingerprint) {
        return jdbc.sql("""
                        UPDATE alert SET state = 'RESOLVED', state_changed_at = now()
                        WHERE fingerprint = ? AND state <> 'RESOLVED' RETURNING id""").param(fingerprint).query(Long.class).optional();
    }

    Optional<AlertState> lockState(long id) {
        return jdbc.sql("SELECT state FROM alert WHERE id = ? FOR UPDATE")
                .param(id)
                .query(AlertState.class)
                .optional();
    }

    void changeState(long id, AlertState state) {
        jdbc.sql("UPDATE alert SET state = ?, state_changed_at = now() WHERE id = ?")
                .params(state.name(), id)
                .update();
    }

    void assignGroup(List<Long> alertIds, long groupId) {
        jdbc.sql("UPDATE alert SET group_id = :groupId WHERE id = ANY(:ids)")
                .param("groupId", groupId)
                .param("ids", new SqlArrayValue("bigint", alertIds.toArray()))
                .update();
    }

    Optional<Alert> find(long id) {
        return jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query(Alert.class).optional();
    }

    Optional<Alert> findByFingerprint(String fingerprint) {
        return jdbc.sql(COLUMNS + "WHERE fingerprint = ?")
                .param(fingerprint)
                .query(Alert.class)
                .optional();
    }

    List<Alert> list(AlertFilter filter) {
        var statement = jdbc.sql(COLUMNS + filter.whereClause() + " ORDER BY id DESC LIMIT :limit")
                .params(filter.criteria())
                .param("limit", filter.limit());
        if (filter.before() != null) {
            statement = statement.param("before", filter.before());
        }
        return statement.query(Alert.class).list();
    }

    long countFiring(Severity severity) {
        return jdbc.sql("SELECT count(*) FROM alert WHERE state = 'FIRING' AND severity = ?")
                .param(severity.name())
                .query(Long.class)
                .single();
    }

    private static Kind kind(String previousState) {
        if (previousState == null) {
            return Kind.NEW;
        }
        return AlertState.valueOf(previousState) == AlertState.RESOLVED ? Kind.REOPENED : Kind.REPEAT;
    }
}
