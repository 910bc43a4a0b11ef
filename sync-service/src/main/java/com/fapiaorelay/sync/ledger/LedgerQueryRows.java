package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.validation.Finding;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read side of the ledger: one invoice with its timeline, searches, counts by state and recoveries. */
@Repository
class LedgerQueryRows {

    private static final String SUMMARY_COLUMNS = """
            seller_tax_id, invoice_number, state, reason_code, reason, total_amount, total_tax, issued_at,
            receipt_id, version, lookups, next_check_at, reupload_rounds, updated_at, findings""";

    private final JdbcClient jdbc;
    private final TimelineRows timeline;

    LedgerQueryRows(JdbcClient jdbc, TimelineRows timeline) {
        this.jdbc = jdbc;
        this.timeline = timeline;
    }

    /** Reads the timeline after the row, not inside its mapper: a nested query would hold two connections. */
    Optional<InvoiceView> find(InvoiceKey key) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS
                        + " FROM ledger WHERE seller_tax_id = :seller AND invoice_number = :number")
                .param("seller", key.sellerTaxId())
                .param("number", key.invoiceNumber())
                .query((rs, row) -> view(rs, List.of()))
                .optional()
                .map(found -> found.withTimeline(timeline.of(key)));
    }

    InvoicePage search(LedgerFilter filter, int limit, int offset) {
        List<InvoiceSummary> items = jdbc.sql(
                        "SELECT " + SUMMARY_COLUMNS + " FROM ledger" + filter.where()
                                + " ORDER BY issued_at DESC NULLS LAST, seller_tax_id, invoice_number LIMIT :limit OFFSET :offset")
                .params(filter.params())
                .param("limit", limit)
                .param("offset", offset)
                .query(LedgerQueryRows::summary)
                .list();
        long total = jdbc.sql("SELECT count(*) FROM ledger" + filter.where())
                .params(filter.params())
                .query(Long.class)
                .single();
        return new InvoicePage(items, limit, offset, total);
    }

    Map<InvoiceState, Long> countByState(LedgerFilter filter) {
        Map<InvoiceState, Long> counts = new EnumMap<>(InvoiceState.class);
        jdbc.sql("SELECT state, count(*) AS invoices FROM ledger" + filter.where() + " GROUP BY state")
                .params(filter.params())
                .query(rs -> {
                    counts.put(InvoiceState.valueOf(rs.getString("state")), rs.getLong("invoices"));
                });
        return counts;
    }

    /** Confirmed after at least one re-upload round: lost on the way and recovered without a human. */
    long recoveredAutomatically(String sellerTaxId, LocalDate day) {
        return jdbc.sql("""
                        SELECT count(*) FROM ledger
                         WHERE seller_tax_id = :seller AND issued_at >= :from AND issued_at < :to
                           AND state = 'CONFIRMED' AND reupload_rounds > 0
                        """)
                .param("seller", sellerTaxId)
                .param("from", day.atStartOfDay())
                .param("to", day.plusDays(1).atStartOfDay())
                .query(Long.class)
                .single();
    }

    private static InvoiceView view(ResultSet rs, List<TimelineEntry> timeline) throws SQLException {
        return new InvoiceView(
                rs.getString("seller_tax_id"),
                rs.getString("invoice_number"),
                InvoiceState.valueOf(rs.getString("state")),
                rs.getString("reason_code"),
                rs.getString("reason"),
                List.of(FapiaoJson.mapper().readValue(rs.getString("findings"), Finding[].class)),
                LedgerRows.figures(rs),
                rs.getString("receipt_id"),
                rs.getLong("version"),
                rs.getInt("lookups"),
                rs.getObject("next_check_at", OffsetDateTime.class),
                rs.getInt("reupload_rounds"),
                rs.getObject("updated_at", OffsetDateTime.class),
                timeline);
    }

    private static InvoiceSummary summary(ResultSet rs, int row) throws SQLException {
        return new InvoiceSummary(
                rs.getString("seller_tax_id"),
                rs.getString("invoice_number"),
                InvoiceState.valueOf(rs.getString("state")),
                rs.getString("reason"),
                LedgerRows.figures(rs),
                rs.getString("receipt_id"),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
