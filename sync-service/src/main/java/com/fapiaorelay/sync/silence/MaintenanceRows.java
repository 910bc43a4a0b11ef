package com.fapiaorelay.sync.silence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code source_maintenance} table: maintenance of ERP sources declared at run time. */
@Repository
class MaintenanceRows {

    private final JdbcClient jdbc;

    MaintenanceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(MaintenanceView window) {
        jdbc.sql("""
                        INSERT INTO source_maintenance (id, source_name, starts_at, ends_at, reason, declared_by,
                                                        declared_at)
                        VALUES (:id, :source, :from, :until, :reason, :by, :at)
                        """)
                .param("id", window.id())
                .param("source", window.sourceName())
                .param("from", window.from())
                .param("until", window.until())
                .param("reason", window.reason())
                .param("by", window.declaredBy())
                .param("at", window.declaredAt())
                .update();
    }

    /** The source's windows not ended at {@code now}, soonest first. */
    List<MaintenanceView> notEnded(String sourceName, OffsetDateTime now) {
        return jdbc.sql("SELECT * FROM source_maintenance WHERE source_name = :source AND ends_at > :now"
                        + " ORDER BY starts_at")
                .param("source", sourceName)
                .param("now", now)
                .query(MaintenanceRows::view)
                .list();
    }

    boolean active(String sourceName, OffsetDateTime now) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM source_maintenance WHERE source_name = :source"
                        + " AND starts_at <= :now AND ends_at > :now)")
                .param("source", sourceName)
                .param("now", now)
                .query(Boolean.class)
                .single();
    }

    /** Answers whether the source had that window. */
    boolean delete(String sourceName, UUID id) {
        return jdbc.sql("DELETE FROM source_maintenance WHERE id = :id AND source_name = :source")
                        .param("id", id)
                        .param("source", sourceName)
                        .update()
                > 0;
    }

    private static MaintenanceView view(ResultSet rs, int row) throws SQLException {
        return new MaintenanceView(
                rs.getObject("id", UUID.class),
                rs.getString("source_name"),
                rs.getObject("starts_at", OffsetDateTime.class),
                rs.getObject("ends_at", OffsetDateTime.class),
                rs.getString("reason"),
                rs.getString("declared_by"),
                rs.getObject("declared_at", OffsetDateTime.class));
    }
}
