package com.fapiaorelay.alert.silence;

import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The silence table: rows are ended, never deleted, so who silenced what stays on record. */
@Repository
class SilenceRows {

    private static final String COLUMNS = """
            SELECT id, anomaly_type, severity, seller_tax_id, comment, starts_at, ends_at, created_by, ended_by, ended_at
            FROM silence
            """;

    private final JdbcClient jdbc;

    SilenceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(SilenceRequest request, String by) {
        return jdbc.sql("""
                        INSERT INTO silence (anomaly_type, severity, seller_tax_id, comment, ends_at, created_by)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        request.anomalyType(),
                        request.severity() == null ? null : request.severity().name(),
                        request.sellerTaxId(),
                        request.comment(),
                        request.endsAt(),
                        by)
                .query(Long.class)
                .single();
    }

    /** Ends a silence still in force; false when it had already ended. */
    boolean end(long id, String by) {
        return jdbc.sql("""
                        UPDATE silence SET ended_by = ?, ended_at = now()
                        WHERE id = ? AND ended_at IS NULL AND ends_at > now()""").params(by, id).update() == 1;
    }

    Optional<Silence> find(long id) {
        return jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query(Silence.class).optional();
    }

    List<Silence> list(boolean inForceOnly, int limit) {
        String where = inForceOnly ? "WHERE ended_at IS NULL AND ends_at > now() " : "";
        return jdbc.sql(COLUMNS + where + "ORDER BY id DESC LIMIT ?")
                .param(limit)
                .query(Silence.class)
                .list();
    }

    boolean anyInForceMatching(String anomalyType, Severity severity, String sellerTaxId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM silence
                            WHERE ended_at IS NULL AND starts_at <= now() AND ends_at > now()
                              AND (anomaly_type IS NULL OR anomaly_type = ?)
                              AND (severity IS NULL OR severity = ?)
                              AND (seller_tax_id IS NULL OR seller_tax_id = ?))""")
                .params(anomalyType, severity.name(), sellerTaxId)
                .query(Boolean.class)
                .single();
    }
}
