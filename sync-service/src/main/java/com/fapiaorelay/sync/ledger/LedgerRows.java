package com.fapiaorelay.sync.ledger;

import static com.fapiaorelay.kit.jdbc.ColumnArrays.column;

import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.validation.Finding;
import com.fapiaorelay.kit.jdbc.SqlLiterals;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code ledger} table: one row per invoice, written by upstream events, declarations and the STUCK scan; the
 * look-ups' claims and results are {@link LedgerCheckRows}.
 */
@Repository
class LedgerRows {

    /** The states the STUCK scan watches; the same list as the partial index {@code ledger_stuck_scan}. */
    private static final String AWAITING_AUTOMATION =
            SqlLiterals.list(InvoiceState.where(InvoiceState::awaitsAutomation));

    /** Below UNREADABLE's version 0: whatever upload-service says about a declared invoice replaces NOT_RECEIVED. */
    private static final long NOT_RECEIVED_VERSION = -1;

    private static final String NO_FINDINGS = "[]";

    /**
     * A seller's activity stamp is rewritten only once it is older than this: every batch of new invoices stamping the
     * few sellers' rows made concurrent batches wait for each other's commit, and the silence watch counts minutes.
     */
    private static final String ACTIVITY_RESOLUTION = "interval '1 second'";

    private final JdbcClient jdbc;

    LedgerRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Applies upstream events of distinct invoices in one statement, each unless its row already holds that upstream
     * version or a later one, and in the same statement appends each applied event to the timeline (in arrival order)
     * and records that the sellers of new invoices (upstream version 1, or 0 for a dead letter) submitted them, in
     * sorted order so concurrent batches lock alike, where a seller's stamp is older than {@link #ACTIVITY_RESOLUTION}.
     * Answers the ledger version each applied event produced, by
     * invoice. An applied event ends any confirmation claim on its row: a look-up made for the state it replaces must
     * record nothing.
     */
    Map<InvoiceKey, Long> applyUpstream(List<UpstreamChange> changes, OffsetDateTime now) {
        return jdbc
                .sql("""
                        WITH e AS (
                            SELECT * FROM unnest(:sellers::text[], :numbers::text[], :states::text[], :codes::text[],
                                                 :reasons::text[], :amounts::numeric[], :taxes::numeric[],
                                                 :issuedAt::timestamp[], :receipts::text[], :versions::bigint[],
                                                 :occurredAt::timestamptz[], :nextCheckAt::timestamptz[],
                                                 :findings::text[], :sources::text[]) WITH ORDINALITY
                                     AS e(seller, number, state, code, reason, amount, tax, issued_at, receipt,
                                          upstream_version, occurred_at, next_check_at, findings, source, arrival)
                        ), applied AS (
                            INSERT INTO ledger AS l (seller_tax_id, invoice_number, state, reason_code, reason,
                                                     total_amount, total_tax, issued_at, receipt_id, upstream_version,
                                                     uploaded_at, next_check_at, created_at, updated_at, findings)
                            SELECT e.seller, e.number, e.state, e.code, e.reason, e.amount, e.tax, e.issued_at,
                                   e.receipt, e.upstream_version, CASE WHEN e.state = 'UPLOADED' THEN e.occurred_at END,
                                   e.next_check_at, :now, :now, e.findings
                              FROM e
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
                                   claim_token = NULL,
                                   claimed_until = NULL,
                                   lookups = CASE WHEN EXCLUDED.state = 'UPLOADED' THEN 0 ELSE l.lookups END,
                                   stuck_alerted = false,
                                   created_at = CASE WHEN l.state = 'NOT_RECEIVED' THEN EXCLUDED.created_at
                                                     ELSE l.created_at END,
                                   updated_at = EXCLUDED.updated_at
                             WHERE l.upstream_version < EXCLUDED.upstream_version
                            RETURNING l.seller_tax_id, l.invoice_number, l.version
                        ), moved AS (
                            INSERT INTO timeline (seller_tax_id, invoice_number, occurred_at, source, state, version,
                                                  reason_code, reason)
                            SELECT e.seller, e.number, e.occurred_at, e.source, e.state, a.version, e.code, e.reason
                              FROM applied a JOIN e ON e.seller = a.seller_tax_id AND e.number = a.invoice_number
                             ORDER BY e.arrival
                        ), submitted AS (
                            INSERT INTO seller_activity AS s (seller_tax_id, last_submission_at)
                            SELECT DISTINCT e.seller, CAST(:now AS timestamptz)
                              FROM applied a JOIN e ON e.seller = a.seller_tax_id AND e.number = a.invoice_number
                             WHERE e.upstream_version <= 1
                               AND NOT EXISTS (SELECT 1 FROM seller_activity r
                                                WHERE r.seller_tax_id = e.seller
                                                  AND r.last_submission_at > CAST(:now AS timestamptz) - %s)
                             ORDER BY e.seller
                            ON CONFLICT (seller_tax_id) DO UPDATE
                               SET last_submission_at = EXCLUDED.last_submission_at
                             WHERE s.last_submission_at < EXCLUDED.last_submission_at
                        )
                        SELECT seller_tax_id, invoice_number, version FROM applied
                        """.formatted(ACTIVITY_RESOLUTION))
                .param("sellers", column(changes, c -> c.event().sellerTaxId()))
                .param("numbers", column(changes, c -> c.event().invoiceNumber()))
                .param("states", column(changes, c -> c.event().state()))
                .param("codes", column(changes, c -> c.event().reasonCode()))
                .param("reasons", column(changes, c -> c.event().reason()))
                .param("amounts", column(changes, c -> figure(c, InvoiceFigures::totalAmount)))
                .param("taxes", column(changes, c -> figure(c, InvoiceFigures::totalTax)))
                .param("issuedAt", column(changes, c -> figure(c, InvoiceFigures::issuedAt)))
                .param("receipts", column(changes, c -> c.event().receiptId()))
                .param("versions", column(changes, c -> c.event().version()))
                .param("occurredAt", column(changes, c -> c.event().occurredAt()))
                .param("nextCheckAt", column(changes, UpstreamChange::nextCheckAt))
                .param("findings", column(changes, c -> findingsJson(c.event().findings())))
                .param("sources", column(changes, c -> c.event().source()))
                .param("now", now)
                .query((rs, row) -> Map.entry(key(rs), rs.getLong("version")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Records invoices an ERP declared and we never received, below every upstream version (so the invoice's first
     * event, even an UNREADABLE one at version 0, replaces the row); keys the ledger holds already are left alone.
     * Answers the keys inserted.
     */
    List<InvoiceKey> insertNotReceived(
            String sellerTaxId,
            Collection<String> invoiceNumbers,
            String reasonCode,
            String reason,
            OffsetDateTime now) {
        return jdbc.sql("""
                        INSERT INTO ledger (seller_tax_id, invoice_number, state, reason_code, reason,
                                            upstream_version, created_at, updated_at)
                        SELECT :seller, number, :state, :code, :reason, %d, :now, :now
                          FROM unnest(:numbers::text[]) AS number
                        ON CONFLICT (seller_tax_id, invoice_number) DO NOTHING
                        RETURNING seller_tax_id, invoice_number
                        """.formatted(NOT_RECEIVED_VERSION))
                .param("seller", sellerTaxId)
                .param("numbers", invoiceNumbers.toArray(String[]::new))
                .param("state", InvoiceState.NOT_RECEIVED.name())
                .param("code", reasonCode)
                .param("reason", reason)
                .param("now", now)
                .query((rs, row) -> key(rs))
                .list();
    }

    /** Flags non-final invoices unchanged since {@code cutoff}; each is flagged once until its state changes. */
    List<StuckInvoice> flagStuck(OffsetDateTime cutoff, int limit) {
        return jdbc.sql("""
                        UPDATE ledger SET stuck_alerted = true
                         WHERE (seller_tax_id, invoice_number) IN (
                               SELECT seller_tax_id, invoice_number
                                 FROM ledger
                                WHERE NOT stuck_alerted
                                  AND state IN %s
                                  AND updated_at < :cutoff
                                ORDER BY updated_at
                                LIMIT :limit
                                  FOR UPDATE SKIP LOCKED)
                        RETURNING seller_tax_id, invoice_number, state, updated_at
                        """.formatted(AWAITING_AUTOMATION))
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

    /** Most events carry no findings: the column's default, written without Jackson. */
    private static String findingsJson(List<Finding> findings) {
        return findings.isEmpty() ? NO_FINDINGS : FapiaoJson.mapper().writeValueAsString(findings);
    }

    private static Object figure(UpstreamChange change, Function<InvoiceFigures, Object> figure) {
        InvoiceFigures figures = change.event().figures();
        return figures == null ? null : figure.apply(figures);
    }

    static InvoiceKey key(ResultSet rs) throws SQLException {
        return new InvoiceKey(rs.getString("seller_tax_id"), rs.getString("invoice_number"));
    }
}
