package com.fapiaorelay.upload.maintenance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code maintenance_window} table. */
@Repository
class MaintenanceWindowRows {

    private final JdbcClient jdbc;

    MaintenanceWindowRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(MaintenanceWindow window) {
        jdbc.sql("""
                        INSERT INTO maintenance_window (id, starts_at, ends_at, reason, declared_by, declared_at)
                        VALUES (:id, :start, :end, :reason, :declaredBy, :declaredAt)
                        """)
                .param("id", window.id())
                .param("start", Timestamp.from(window.start()))
                .param("end", Timestamp.from(window.end()))
                .param("reason", window.reason())
                .param("declaredBy", window.declaredBy())
                .param("declaredAt", Timestamp.from(window.declaredAt()))
                .update();
    }

    /** Windows not over at {@code now}, the earliest first. */
    List<MaintenanceWindow> notEndedAt(Instant now) {
        return jdbc.sql("SELECT * FROM maintenance_window WHERE ends_at > :now ORDER BY starts_at, ends_at")
                .param("now", Timestamp.from(now))
                .query(MaintenanceWindowRows::window)
                .list();
    }

    /** The window holding at {@code now} that ends last, if any. */
    Optional<MaintenanceWindow> holdingAt(Instant now) {
        return jdbc.sql("""
                        SELECT * FROM maintenance_window
                         WHERE starts_at <= :now AND ends_at > :now
                         ORDER BY ends_at DESC
                         LIMIT 1
                        """)
                .param("now", Timestamp.from(now))
                .query(MaintenanceWindowRows::window)
                .optional();
    }

    /** The windows overlapping {@code [from, to)}, by start. */
    List<MaintenanceWindow> overlapping(Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT * FROM maintenance_window
                         WHERE starts_at < :to AND ends_at > :from
                         ORDER BY starts_at
                        """)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(MaintenanceWindowRows::window)
                .list();
    }

    /** Ends a window holding at {@code now} there; kept, since the time it held still extends retry budgets. */
    Optional<MaintenanceWindow> endHolding(UUID id, Instant now) {
        return jdbc.sql("""
                        UPDATE maintenance_window SET ends_at = :now
                         WHERE id = :id AND starts_at < :now AND ends_at > :now
                        RETURNING *
                        """)
                .param("id", id)
                .param("now", Timestamp.from(now))
                .query(MaintenanceWindowRows::window)
                .optional();
    }

    Optional<MaintenanceWindow> deleteNotStarted(UUID id, Instant now) {
        return jdbc.sql("DELETE FROM maintenance_window WHERE id = :id AND starts_at >= :now RETURNING *")
                .param("id", id)
                .param("now", Timestamp.from(now))
                .query(MaintenanceWindowRows::window)
                .optional();
    }

    private static MaintenanceWindow window(ResultSet rs, int row) throws SQLException {
        return new MaintenanceWindow(
                rs.getObject("id", UUID.class),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                rs.getString("reason"),
                rs.getString("declared_by"),
                rs.getTimestamp("declared_at").toInstant());
    }
}
