package com.fapiaorelay.console.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends operator actions; the table refuses updates and deletes. */
@Repository
public class AuditRows {

    private final JdbcClient jdbc;

    AuditRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an action in the caller's transaction, so it stands or falls with the action. */
    @Transactional
    public void record(String actor, String action, String target, String detail) {
        jdbc.sql("INSERT INTO audit_event (actor, action, target, detail) VALUES (:actor, :action, :target, :detail)")
                .param("actor", actor)
                .param("action", action)
                .param("target", target)
                .param("detail", detail)
                .update();
    }

    /** Records a refused action in its own transaction: the refusal's exception must not roll it back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(String actor, String action, String target, String detail) {
        record(actor, action, target, detail);
    }

    List<AuditEvent> latest(int limit) {
        return jdbc.sql("""
                        SELECT occurred_at, actor, action, target, detail FROM audit_event
                         ORDER BY occurred_at DESC, id DESC LIMIT :limit
                        """)
                .param("limit", limit)
                .query((rs, row) -> new AuditEvent(
                        rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("target"),
                        rs.getString("detail")))
                .list();
    }

    /** One recorded action. */
    public record AuditEvent(OffsetDateTime occurredAt, String actor, String action, String target, String detail) {}
}
