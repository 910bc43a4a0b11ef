package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code timeline} table: append-only, read per invoice in order. */
@Repository
class Timeline {

    private final JdbcClient jdbc;

    Timeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(InvoiceKey key, TimelineEntry entry) {
        jdbc.sql("""
                        INSERT INTO timeline (seller_tax_id, invoice_number, occurred_at, source, state, version,
                                              reason_code, reason)
                        VALUES (:seller, :number, :occurredAt, :source, :state, :version, :code, :reason)
                        """)
                .param("seller", key.sellerTaxId())
                .param("number", key.invoiceNumber())
                .param("occurredAt", entry.occurredAt())
                .param("source", entry.source())
                .param("state", entry.state().name())
                .param("version", entry.version())
                .param("code", entry.reasonCode())
                .param("reason", entry.reason())
                .update();
    }

    List<TimelineEntry> of(InvoiceKey key) {
        return jdbc.sql("""
                        SELECT occurred_at, source, state, version, reason_code, reason
                          FROM timeline
                         WHERE seller_tax_id = :seller AND invoice_number = :number
                         ORDER BY id
                        """)
                .param("seller", key.sellerTaxId())
                .param("number", key.invoiceNumber())
                .query(Timeline::entry)
                .list();
    }

    private static TimelineEntry entry(ResultSet rs, int row) throws SQLException {
        return new TimelineEntry(
                rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getString("source"),
                InvoiceState.valueOf(rs.getString("state")),
                rs.getLong("version"),
                rs.getString("reason_code"),
                rs.getString("reason"));
    }
}
