package com.fapiaorelay.sync.reconcile;

import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.tax.SummaryBucket;
import com.fapiaorelay.sync.reconcile.ReconciliationRun.Status;
import com.fapiaorelay.sync.reconcile.ReconciliationRun.Totals;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code reconciliation_run} and {@code reconciliation_discrepancy} tables. */
@Repository
class ReconciliationRows {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ReconciliationRows(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    long start(String sellerTaxId, LocalDate day, String trigger, OffsetDateTime now) {
        return jdbc.sql("""
                        INSERT INTO reconciliation_run (seller_tax_id, day, trigger, status, started_at)
                        VALUES (:seller, :day, :trigger, 'RUNNING', :now)
                        RETURNING id
                        """)
                .param("seller", sellerTaxId)
                .param("day", day)
                .param("trigger", trigger)
                .param("now", now)
                .query(Long.class)
                .single();
    }

    void complete(long id, Findings findings, OffsetDateTime now) {
        SummaryBucket ours = findings.ourTotal();
        SummaryBucket theirs = findings.theirTotal();
        jdbc.sql("""
                        UPDATE reconciliation_run
                           SET status = 'COMPLETED', finished_at = :now, ledger_count = :ourCount,
                               ledger_amount = :ourAmount, ledger_tax = :ourTax, tax_count = :theirCount,
                               tax_amount = :theirAmount, tax_tax = :theirTax, missing_in_tax = :missing,
                               unknown_to_us = :unknown, field_mismatch = :mismatch, remote_calls = :calls
                         WHERE id = :id
                        """)
                .param("now", now)
                .param("ourCount", ours.count())
                .param("ourAmount", ours.amount())
                .param("ourTax", ours.tax())
                .param("theirCount", theirs.count())
                .param("theirAmount", theirs.amount())
                .param("theirTax", theirs.tax())
                .param("missing", findings.count(DiscrepancyKind.MISSING_IN_TAX))
                .param("unknown", findings.count(DiscrepancyKind.UNKNOWN_TO_US))
                .param("mismatch", findings.count(DiscrepancyKind.FIELD_MISMATCH))
                .param("calls", findings.remoteCalls())
                .param("id", id)
                .update();
        insert(id, findings.discrepancies());
    }

    void fail(long id, String failure, OffsetDateTime now) {
        jdbc.sql("UPDATE reconciliation_run SET status = 'FAILED', finished_at = :now, failure = :failure"
                        + " WHERE id = :id")
                .param("now", now)
                .param("failure", failure)
                .param("id", id)
                .update();
    }

    Optional<ReconciliationRun> find(long id) {
        return jdbc.sql("SELECT * FROM reconciliation_run WHERE id = :id")
                .param("id", id)
                .query(ReconciliationRows::run)
                .optional();
    }

    Optional<ReconciliationRun> latest(String sellerTaxId, LocalDate day) {
        return jdbc.sql("SELECT * FROM reconciliation_run WHERE seller_tax_id = :seller AND day = :day"
                        + " ORDER BY id DESC LIMIT 1")
                .param("seller", sellerTaxId)
                .param("day", day)
                .query(ReconciliationRows::run)
                .optional();
    }

    /** The latest runs of these sellers, or (null) of every seller. */
    List<ReconciliationRun> recent(Set<String> sellerTaxIds, int limit) {
        String only = sellerTaxIds == null ? "" : " WHERE seller_tax_id = ANY(:sellers)";
        return jdbc.sql("SELECT * FROM reconciliation_run" + only + " ORDER BY id DESC LIMIT :limit")
                .param("sellers", sellerTaxIds == null ? new String[0] : sellerTaxIds.toArray(String[]::new))
                .param("limit", limit)
                .query(ReconciliationRows::run)
                .list();
    }

    List<Discrepancy> discrepancies(long runId, int limit) {
        return jdbc.sql("SELECT * FROM reconciliation_discrepancy WHERE run_id = :run ORDER BY id LIMIT :limit")
                .param("run", runId)
                .param("limit", limit)
                .query(ReconciliationRows::discrepancy)
                .list();
    }

    private void insert(long runId, List<Discrepancy> discrepancies) {
        batch.batchUpdate(
                """
                INSERT INTO reconciliation_discrepancy (run_id, kind, seller_tax_id, invoice_number, ledger_state,
                       ledger_amount, ledger_tax, ledger_issued_at, tax_amount, tax_tax, tax_issued_at, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                discrepancies.stream()
                        .map(d -> ReconciliationRows.insertValues(runId, d))
                        .toList());
    }

    private static Object[] insertValues(long runId, Discrepancy d) {
        InvoiceFigures ours = d.ours();
        InvoiceFigures theirs = d.theirs();
        return new Object[] {
            runId,
            d.kind().name(),
            d.key().sellerTaxId(),
            d.key().invoiceNumber(),
            d.ledgerState() == null ? null : d.ledgerState().name(),
            ours == null ? null : ours.totalAmount(),
            ours == null ? null : ours.totalTax(),
            ours == null ? null : ours.issuedAt(),
            theirs == null ? null : theirs.totalAmount(),
            theirs == null ? null : theirs.totalTax(),
            theirs == null ? null : theirs.issuedAt(),
            d.detail()
        };
    }

    private static ReconciliationRun run(ResultSet rs, int row) throws SQLException {
        return new ReconciliationRun(
                rs.getLong("id"),
                rs.getString("seller_tax_id"),
                rs.getObject("day", LocalDate.class),
                rs.getString("trigger"),
                Status.valueOf(rs.getString("status")),
                rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class),
                totals(rs, "ledger_"),
                totals(rs, "tax_"),
                rs.getInt("missing_in_tax"),
                rs.getInt("unknown_to_us"),
                rs.getInt("field_mismatch"),
                rs.getInt("remote_calls"),
                rs.getString("failure"));
    }

    private static Totals totals(ResultSet rs, String prefix) throws SQLException {
        long count = rs.getLong(prefix + "count");
        return rs.wasNull()
                ? null
                : new Totals(count, rs.getBigDecimal(prefix + "amount"), rs.getBigDecimal(prefix + "tax"));
    }

    private static Discrepancy discrepancy(ResultSet rs, int row) throws SQLException {
        String state = rs.getString("ledger_state");
        return new Discrepancy(
                DiscrepancyKind.valueOf(rs.getString("kind")),
                new InvoiceKey(rs.getString("seller_tax_id"), rs.getString("invoice_number")),
                state == null ? null : InvoiceState.valueOf(state),
                figures(rs, "ledger_"),
                figures(rs, "tax_"),
                rs.getString("detail"));
    }

    private static InvoiceFigures figures(ResultSet rs, String prefix) throws SQLException {
        LocalDateTime issuedAt = rs.getObject(prefix + "issued_at", LocalDateTime.class);
        return issuedAt == null
                ? null
                : new InvoiceFigures(rs.getBigDecimal(prefix + "amount"), rs.getBigDecimal(prefix + "tax"), issuedAt);
    }
}
