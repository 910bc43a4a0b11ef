package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.json.FapiaoJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code ledger} table: one row per invoice, written by upstream events and by our own look-ups. */
@Repository
class LedgerRows {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    LedgerRows(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Applies an upstream event unless the row already holds that upstream version or a later one. */
    Optional<Long> applyUpstream(InvoiceStatusChanged event, OffsetDateTime nextCheckAt, OffsetDateTime now) {
        InvoiceFigures figures = event.figures();
        boolean uploaded = event.state() == InvoiceState.UPLOADED;
        return jdbc.sql("""
                        INSERT INTO ledger AS l (seller_tax_id, invoice_number, state, reason_code, reason,
                                                 total_amount, total_tax, issued_at, receipt_id, upstream_version,
                                                 uploaded_at, next_check_at, created_at, updated_at, findings)
                        VALUES (:seller, :number, :state, :code, :reason, :amount, :tax, :issuedAt, :receipt,
                                :upstreamVersion, :uploadedAt, :nextCheckAt, :now, :now, :findings)
                        ON CONFLICT (seller_tax_id, invoice_number) DO UPDATE
                           SET state = EXCLUDED.state,
                               reason_code = EXCLUDED.reason_code,
                               reason = EXCLUDED.reason,
                               findings = EXCLUDED.findings,
                               total_amount = coalesce(EXCLUDED.total_amount, l.total_amount),
                               total_tax = coalesce(EXCLUDED.total_tax, l.total_tax),
                               issued_at = coalesce(EXCLUDED.issued_at, l.issued_at),
                               receipt_id = coalesce(EXCLUDED.receipt_id, l.receipt_id),
                               upstream_version = EXCLUDED.upstream_version,
                               version = l.version + 1,
                               uploaded_at = coalesce(EXCLUDED.uploaded_at, l.uploaded_at),
                               next_check_at = EXCLUDED.next_check_at,
                               lookups = CASE WHEN :uploaded THEN 0 ELSE l.lookups END,
                               stuck_alerted = false,
                               updated_at = EXCLUDED.updated_at
                         WHERE l.upstream_version < EXCLUDED.upstream_version
                        RETURNING version
                        """)
                .param("seller", event.sellerTaxId())
                .param("number", event.invoiceNumber())
                .param("state", event.state().name())
                .param("code", event.reasonCode())
                .param("reason", event.reason())
                .param("findings", FapiaoJson.mapper().writeValueAsString(event.findings()))
                .param("amount", figures == null ? null : figures.totalAmount())
                .param("tax", figures == null ? null : figures.totalTax())
                .param("issuedAt", figures == null ? null : figures.issuedAt())
                .param("receipt", event.receiptId())
                .param("upstreamVersion", event.version())
                .param("uploadedAt", uploaded ? event.occurredAt() : null)
                .param("nextCheckAt", nextCheckAt)
                .param("uploaded", uploaded)
                .param("now", now)
                .query(Long.class)
                .optional();
    }

    /** Locks due checks; rows another instance holds are skipped, so instances share the backlog. */
    List<DueInvoice> claimDue(OffsetDateTime now, int limit) {
        return jdbc.sql("""
                        SELECT seller_tax_id, invoice_number, state, total_amount, total_tax, issued_at,
                               created_at, uploaded_at, lookups, reupload_rounds, missing_alerted
                          FROM ledger
                         WHERE next_check_at <= :now
                         ORDER BY next_check_at
                         LIMIT :limit
                           FOR UPDATE SKIP LOCKED
                        """)
                .param("now", now)
                .param("limit", limit)
                .query(LedgerRows::dueInvoice)
                .list();
    }

    /** Applies our own change; answers the row as the outgoing event must describe it. */
    ChangedRow applyOwn(InvoiceKey key, OwnChange change, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE ledger
                           SET state = :state, reason_code = :code, reason = :reason,
                               receipt_id = coalesce(:receipt, receipt_id), next_check_at = :nextCheckAt,
                               lookups = lookups + 1, reupload_rounds = :rounds, missing_alerted = :alerted,
                               stuck_alerted = false, version = version + 1, updated_at = :now
                         WHERE seller_tax_id = :seller AND invoice_number = :number
                        RETURNING version, receipt_id, total_amount, total_tax, issued_at
                        """)
                .param("state", change.state().name())
                .param("code", change.reasonCode())
                .param("reason", change.reason())
                .param("receipt", change.receiptId())
                .param("nextCheckAt", change.nextCheckAt())
                .param("rounds", change.reuploadRounds())
                .param("alerted", change.missingAlerted())
                .param("now", now)
                .param("seller", key.sellerTaxId())
                .param("number", key.invoiceNumber())
                .query((rs, row) -> new ChangedRow(rs.getLong("version"), rs.getString("receipt_id"), figures(rs)))
                .single();
    }

    /** Records a look-up that changed nothing and when to look again, for a whole batch in one round trip. */
    void scheduleChecks(Map<InvoiceKey, OffsetDateTime> nextChecks) {
        batch.batchUpdate(
                """
                UPDATE ledger SET next_check_at = ?, lookups = lookups + 1
                 WHERE seller_tax_id = ? AND invoice_number = ?
                """,
                nextChecks.entrySet().stream()
                        .map(e -> new Object[] {
                            e.getValue(), e.getKey().sellerTaxId(), e.getKey().invoiceNumber()
                        })
                        .toList());
    }

    /** Flags non-final invoices unchanged since {@code cutoff}; each is flagged once until its state changes. */
    List<StuckInvoice> flagStuck(OffsetDateTime cutoff, int limit) {
        return jdbc.sql("""
                        UPDATE ledger SET stuck_alerted = true
                         WHERE (seller_tax_id, invoice_number) IN (
                               SELECT seller_tax_id, invoice_number
                                 FROM ledger
                                WHERE NOT stuck_alerted
                                  AND state IN ('RECEIVED', 'UPLOAD_PENDING', 'OUTCOME_UNKNOWN', 'UPLOADED')
                                  AND updated_at < :cutoff
                                ORDER BY updated_at
                                LIMIT :limit
                                  FOR UPDATE SKIP LOCKED)
                        RETURNING seller_tax_id, invoice_number, state, updated_at
                        """)
                .param("cutoff", cutoff)
                .param("limit", limit)
                .query((rs, row) -> new StuckInvoice(
                        new InvoiceKey(rs.getString("seller_tax_id"), rs.getString("invoice_number")),
                        InvoiceState.valueOf(rs.getString("state")),
                        rs.getObject("updated_at", OffsetDateTime.class)))
                .list();
    }

    static InvoiceFigures figures(ResultSet rs) throws SQLException {
        var amount = rs.getBigDecimal("total_amount");
        var tax = rs.getBigDecimal("total_tax");
        var issuedAt = rs.getObject("issued_at", java.time.LocalDateTime.class);
        return amount == null && tax == null && issuedAt == null ? null : new InvoiceFigures(amount, tax, issuedAt);
    }

    private static DueInvoice dueInvoice(ResultSet rs, int row) throws SQLException {
        return new DueInvoice(
                new InvoiceKey(rs.getString("seller_tax_id"), rs.getString("invoice_number")),
                InvoiceState.valueOf(rs.getString("state")),
                figures(rs),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("uploaded_at", OffsetDateTime.class),
                rs.getInt("lookups"),
                rs.getInt("reupload_rounds"),
                rs.getBoolean("missing_alerted"));
    }

    /** What an outgoing status event carries about the row after our change. */
    record ChangedRow(long version, String receiptId, InvoiceFigures figures) {}
}
