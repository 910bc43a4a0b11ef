package com.fapiaorelay.sync.ledger;

import static com.fapiaorelay.kit.jdbc.ColumnArrays.column;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code timeline} table: append-only, read per invoice in order. */
@Repository
class TimelineRows {

    private final JdbcClient jdbc;

    TimelineRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends one entry for each of several invoices, in one statement. */
    void append(Map<InvoiceKey, TimelineEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        var rows = entries.entrySet();
        jdbc.sql("""
                        INSERT INTO timeline (seller_tax_id, invoice_number, occurred_at, source, state, version,
                                              reason_code, reason)
                        SELECT * FROM unnest(:sellers::text[], :numbers::text[], :occurredAt::timestamptz[],
                                             :sources::text[], :states::text[], :versions::bigint[], :codes::text[],
                                             :reasons::text[])
                        """)
                .param("sellers", column(rows, e -> e.getKey().sellerTaxId()))
                .param("numbers", column(rows, e -> e.getKey().invoiceNumber()))
                .param("occurredAt", column(rows, e -> e.getValue().occurredAt()))
                .param("sources", column(rows, e -> e.getValue().source()))
                .param("states", column(rows, e -> e.getValue().state()))
                .param("versions", column(rows, e -> e.getValue().version()))
                .param("codes", column(rows, e -> e.getValue().reasonCode()))
                .param("reasons", column(rows, e -> e.getValue().reason()))
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
                .query(TimelineRows::entry)
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
