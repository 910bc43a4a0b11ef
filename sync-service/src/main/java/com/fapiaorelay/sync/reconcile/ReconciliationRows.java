package com.fapiaorelay.sync.reconcile;

import com.fapiaorelay.common.tax.SummaryBucket;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code reconciliation_run} and {@code reconciliation_discrepancy} tables. */
@Repository
class ReconciliationRuns {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ReconciliationRuns(JdbcClient jdbc, JdbcTemplate batch) {
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
}
