package com.fapiaorelay.alert.alert;

import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads alerts for the API and the metrics. */
@Repository
class AlertQueries {

    private static final String COLUMNS = """
            SELECT id, fingerprint, group_key, group_id, anomaly_type, severity, state, source, seller_tax_id,
                   invoice_number, summary, detail, occurrences, first_seen_at, last_seen_at, state_changed_at
            FROM alert
            """;

    private final JdbcClient jdbc;

    AlertQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
}
