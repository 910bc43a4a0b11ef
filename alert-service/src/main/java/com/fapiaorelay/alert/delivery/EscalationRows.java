package com.fapiaorelay.alert.delivery;

import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Groups waiting to escalate if nobody acknowledges them in time; each claimed by one replica once. */
@Repository
class EscalationRows {

    private final JdbcClient jdbc;

    EscalationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void schedule(long groupId, String route, Duration after) {
        jdbc.sql("""
                        INSERT INTO escalation (group_id, route, due_at) VALUES (?, ?, now() + ? * interval '1 ms')
                        ON CONFLICT DO NOTHING""").params(groupId, route, after.toMillis()).update();
    }

    List<DueEscalation> claimDue(int limit) {
        return jdbc.sql("""
                        UPDATE escalation SET done_at = now()
                        WHERE (group_id, route) IN (SELECT group_id, route FROM escalation
                                                    WHERE done_at IS NULL AND due_at <= now()
                                                    ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED)
                        RETURNING group_id, route""").param(limit).query(DueEscalation.class).list();
    }

    /** A group whose time to be acknowledged on {@code route} has passed. */
    record DueEscalation(long groupId, String route) {}
}
