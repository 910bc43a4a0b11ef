package com.fapiaorelay.sync.ledger;

import static com.fapiaorelay.kit.jdbc.ColumnArrays.column;

import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code ledger} rows of the confirmation look-ups: due checks claimed under a lease, handed back, and the
 * look-ups' results recorded where the claim still holds.
 */
@Repository
class LedgerCheckRows {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    LedgerCheckRows(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Claims due checks under {@code token} until {@code leaseEnds}, when they fall due again if nobody recorded them;
     * rows another instance is claiming or holds are skipped, so instances share the backlog. The claim changes no
     * indexed column, so it writes no index entry.
     */
    List<DueInvoice> claimDue(UUID token, OffsetDateTime now, OffsetDateTime leaseEnds, int limit) {
        return jdbc.sql("""
                        UPDATE ledger l
                           SET claim_token = :token, claimed_until = :leaseEnds
                          FROM (SELECT seller_tax_id, invoice_number FROM ledger
                                 WHERE next_check_at <= :now AND (claimed_until IS NULL OR claimed_until <= :now)
                                 ORDER BY next_check_at
                                 LIMIT :limit
                                   FOR UPDATE SKIP LOCKED) due
                         WHERE l.seller_tax_id = due.seller_tax_id AND l.invoice_number = due.invoice_number
                        RETURNING l.seller_tax_id, l.invoice_number, l.state, l.total_amount, l.total_tax,
                                  l.issued_at, l.created_at, l.uploaded_at, l.lookups, l.reupload_rounds,
                                  l.missing_alerted
                        """)
                .param("token", token)
                .param("now", now)
                .param("leaseEnds", leaseEnds)
                .param("limit", limit)
                .query(LedgerCheckRows::dueInvoice)
                .list();
    }

    /** Hands the invoices {@code token} still holds back unchecked: they are due again at once. */
    void release(UUID token) {
        jdbc.sql("UPDATE ledger SET claim_token = NULL, claimed_until = NULL WHERE claim_token = :token")
                .param("token", token)
                .update();
    }

    /**
     * Applies our own changes to the rows {@code token} still holds, in one statement; answers each row written as its
     * outgoing event must describe it.
     */
    Map<InvoiceKey, ChangedRow> applyOwn(UUID token, Map<InvoiceKey, OwnChange> changes, OffsetDateTime now) {
        var entries = changes.entrySet();
        return jdbc
                .sql("""
                        UPDATE ledger l
                           SET state = c.state, reason_code = c.code, reason = c.reason,
                               receipt_id = coalesce(c.receipt, l.receipt_id), next_check_at = c.next_check_at,
                               lookups = l.lookups + 1, reupload_rounds = c.rounds, missing_alerted = c.alerted,
                               stuck_alerted = false, version = l.version + 1, claim_token = NULL,
                               claimed_until = NULL, updated_at = :now
                          FROM unnest(:sellers::text[], :numbers::text[], :states::text[], :codes::text[],
                                      :reasons::text[], :receipts::text[], :nextCheckAt::timestamptz[],
                                      :rounds::integer[], :alerted::boolean[])
                               AS c(seller, number, state, code, reason, receipt, next_check_at, rounds, alerted)
                         WHERE l.seller_tax_id = c.seller AND l.invoice_number = c.number AND l.claim_token = :token
                        RETURNING l.seller_tax_id, l.invoice_number, l.version, l.receipt_id, l.total_amount,
                                  l.total_tax, l.issued_at
                        """)
                .param("sellers", column(entries, e -> e.getKey().sellerTaxId()))
                .param("numbers", column(entries, e -> e.getKey().invoiceNumber()))
                .param("states", column(entries, e -> e.getValue().state()))
                .param("codes", column(entries, e -> e.getValue().reasonCode()))
                .param("reasons", column(entries, e -> e.getValue().reason()))
                .param("receipts", column(entries, e -> e.getValue().receiptId()))
                .param("nextCheckAt", column(entries, e -> e.getValue().nextCheckAt()))
                .param("rounds", column(entries, e -> e.getValue().reuploadRounds()))
                .param("alerted", column(entries, e -> e.getValue().missingAlerted()))
                .param("token", token)
                .param("now", now)
                .query((rs, row) -> Map.entry(
                        LedgerRows.key(rs),
                        new ChangedRow(rs.getLong("version"), rs.getString("receipt_id"), LedgerRows.figures(rs))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Records look-ups that changed nothing and when to look again, for the rows {@code token} still holds, in one
     * round trip; answers the keys written.
     */
    Set<InvoiceKey> scheduleChecks(UUID token, Map<InvoiceKey, OffsetDateTime> nextChecks) {
        List<InvoiceKey> keys = List.copyOf(nextChecks.keySet());
        int[] written = batch.batchUpdate(
                """
                UPDATE ledger SET next_check_at = ?, lookups = lookups + 1, claim_token = NULL, claimed_until = NULL
                 WHERE seller_tax_id = ? AND invoice_number = ? AND claim_token = ?
                """,
                keys.stream()
                        .map(key -> new Object[] {nextChecks.get(key), key.sellerTaxId(), key.invoiceNumber(), token})
                        .toList());
        return IntStream.range(0, keys.size())
                .filter(i -> written[i] > 0)
                .mapToObj(keys::get)
                .collect(Collectors.toSet());
    }

    private static DueInvoice dueInvoice(ResultSet rs, int row) throws SQLException {
        return new DueInvoice(
                LedgerRows.key(rs),
                InvoiceState.valueOf(rs.getString("state")),
                LedgerRows.figures(rs),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("uploaded_at", OffsetDateTime.class),
                rs.getInt("lookups"),
                rs.getInt("reupload_rounds"),
                rs.getBoolean("missing_alerted"));
    }

    /** What an outgoing status event carries about the row after our change. */
    record ChangedRow(long version, String receiptId, InvoiceFigures figures) {}
}
