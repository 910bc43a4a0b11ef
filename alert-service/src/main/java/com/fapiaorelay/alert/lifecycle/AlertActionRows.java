package com.fapiaorelay.alert.lifecycle;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only record of who moved which alert, and when. */
@Repository
class AlertActionRows {

    private final JdbcClient jdbc;

    AlertActionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(long alertId, AlertState action, String actor) {
        jdbc.sql("INSERT INTO alert_action (alert_id, action, actor) VALUES (?, ?, ?)")
                .params(alertId, action.name(), actor)
                .update();
    }

    List<AlertAction> of(long alertId) {
        return jdbc.sql("SELECT id, action, actor, acted_at FROM alert_action WHERE alert_id = ? ORDER BY id")
                .param(alertId)
                .query(AlertAction.class)
                .list();
    }
}
