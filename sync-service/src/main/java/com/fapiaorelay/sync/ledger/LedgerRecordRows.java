package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Read-only access to a seller's invoices by issue time, for reconciliation with the tax system. */
@Component
public class LedgerRecordRows {

    private static final String COLUMNS = "seller_tax_id, invoice_number, state, total_amount, total_tax, issued_at";
    private static final int STREAM_FETCH_SIZE = 5_000;

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final TransactionTemplate readOnly;

    LedgerRecordRows(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        JdbcTemplate fetching = new JdbcTemplate(dataSource);
        fetching.setFetchSize(STREAM_FETCH_SIZE);
        this.streaming = JdbcClient.create(fetching);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Hands every invoice of the seller issued in {@code [from, to)} in one of {@code states} to {@code each}. A day
     * may hold a million, so PostgreSQL streams them (a fetch size only works inside a transaction).
     */
    public void forEachIssued(
            String sellerTaxId,
            LocalDateTime from,
            LocalDateTime to,
            Set<InvoiceState> states,
            Consumer<LedgerEntry> each) {
        readOnly.executeWithoutResult(status -> streaming
                .sql("SELECT " + COLUMNS + " FROM ledger WHERE seller_tax_id = :seller"
                        + " AND issued_at >= :from AND issued_at < :to AND state IN (:states)")
                .param("seller", sellerTaxId)
                .param("from", from)
                .param("to", to)
                .param("states", states.stream().map(Enum::name).toList())
                .query(rs -> {
                    each.accept(entry(rs, 0));
                }));
    }

    /** Every invoice of the seller issued in {@code [from, to)}, whatever its state. */
    public List<LedgerEntry> issued(String sellerTaxId, LocalDateTime from, LocalDateTime to) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ledger WHERE seller_tax_id = :seller"
                        + " AND issued_at >= :from AND issued_at < :to")
                .param("seller", sellerTaxId)
                .param("from", from)
                .param("to", to)
                .query(LedgerRecordRows::entry)
                .list();
    }

    /**
     * The invoices the ledger received among {@code invoiceNumbers}, issued whenever. NOT_RECEIVED rows are left out:
     * they stand for invoices we never had, so reconciliation must still call a tax record of one unknown to us.
     */
    public List<LedgerEntry> find(String sellerTaxId, Collection<String> invoiceNumbers) {
        if (invoiceNumbers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM ledger WHERE seller_tax_id = :seller"
                        + " AND invoice_number = ANY(:numbers::text[]) AND state <> :notReceived")
                .param("notReceived", InvoiceState.NOT_RECEIVED.name())
                .param("seller", sellerTaxId)
                .param("numbers", invoiceNumbers.toArray(String[]::new))
                .query(LedgerRecordRows::entry)
                .list();
    }

    /** How many invoices of the seller issued in {@code [from, to)} we received, and their sums. */
    public ReceivedTotals receivedTotals(String sellerTaxId, LocalDateTime from, LocalDateTime to) {
        return jdbc.sql("""
                        SELECT count(*) AS invoices, coalesce(sum(total_amount), 0) AS amount,
                               coalesce(sum(total_tax), 0) AS tax
                          FROM ledger
                         WHERE seller_tax_id = :seller AND issued_at >= :from AND issued_at < :to
                           AND state <> :notReceived
                        """)
                .param("notReceived", InvoiceState.NOT_RECEIVED.name())
                .param("seller", sellerTaxId)
                .param("from", from)
                .param("to", to)
                .query((rs, row) ->
                        new ReceivedTotals(rs.getLong("invoices"), rs.getBigDecimal("amount"), rs.getBigDecimal("tax")))
                .single();
    }

    /** When a new invoice of any of {@code sellers} last arrived; empty if none ever did. */
    public Optional<OffsetDateTime> lastSubmission(Collection<String> sellers) {
        return jdbc.sql("SELECT last_submission_at FROM seller_activity WHERE seller_tax_id = ANY(:sellers::text[])"
                        + " ORDER BY last_submission_at DESC LIMIT 1")
                .param("sellers", sellers.toArray(String[]::new))
                .query(OffsetDateTime.class)
                .optional();
    }

    /** Sellers with at least one invoice issued in {@code [from, to)}. */
    public List<String> sellersIssuing(LocalDateTime from, LocalDateTime to) {
        return jdbc.sql("SELECT DISTINCT seller_tax_id FROM ledger WHERE issued_at >= :from AND issued_at < :to"
                        + " ORDER BY seller_tax_id")
                .param("from", from)
                .param("to", to)
                .query(String.class)
                .list();
    }

    private static LedgerEntry entry(ResultSet rs, int row) throws SQLException {
        return new LedgerEntry(
                new InvoiceKey(rs.getString("seller_tax_id"), rs.getString("invoice_number")),
                InvoiceState.valueOf(rs.getString("state")),
                LedgerRows.figures(rs));
    }
}
