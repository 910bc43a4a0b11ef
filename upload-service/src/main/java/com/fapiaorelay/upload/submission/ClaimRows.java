package com.fapiaorelay.upload.submission;

import static com.fapiaorelay.kit.jdbc.ColumnArrays.column;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.kit.jdbc.SqlLiterals;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of an upload round over the submission table: claim due invoices under a token, hand them back untried, record
 * their outcomes; a batch in one statement each, every write after the claim only while the token holds. The
 * claim's state list is written out as literals so the partial due index applies.
 */
@Repository
class ClaimRows {

    private static final String AWAITING_UPLOAD = SqlLiterals.list(Submissions.AWAITING_UPLOAD);

    private final JdbcClient jdbc;

    ClaimRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims due invoices for one round under {@code token}. The rows say OUTCOME_UNKNOWN while the round runs, and
     * the round writes the real outcome: if the process dies mid-call, the invoice comes back after its lease to be
     * looked up, never blindly resent. Each claim answers its state before.
     */
    List<Submission> claimDue(int limit, Duration lease, UUID token) {
        return jdbc.sql("""
                        UPDATE submission s
                           SET attempts = s.attempts + 1,
                               first_attempt_at = coalesce(s.first_attempt_at, now()),
                               next_attempt_at = now() + make_interval(secs => :lease),
                               state = :claimedAs,
                               claim_token = :token,
                               updated_at = now()
                          FROM (SELECT seller_tax_id, invoice_number, state FROM submission
                                 WHERE state IN %s AND next_attempt_at <= now()
                                 ORDER BY next_attempt_at
                                 LIMIT :limit
                                   FOR UPDATE SKIP LOCKED) due, submission_content c
                         WHERE s.seller_tax_id = due.seller_tax_id AND s.invoice_number = due.invoice_number
                           AND c.seller_tax_id = s.seller_tax_id AND c.invoice_number = s.invoice_number
                        RETURNING s.seller_tax_id, s.invoice_number, c.payload, due.state, s.attempts, s.first_attempt_at
                        """.formatted(AWAITING_UPLOAD))
                .param("lease", lease.toMillis() / 1000.0)
                .param("claimedAs", InvoiceState.OUTCOME_UNKNOWN.name())
                .param("token", token)
                .param("limit", limit)
                .query(ClaimRows::claimed)
                .list();
    }

    /** Hands claimed invoices back untried, in the state they were claimed in; only while {@code token} holds them. */
    void release(UUID token, List<Submission> claimed, Instant when) {
        jdbc.sql("""
                        UPDATE submission s
                           SET state = c.state, attempts = s.attempts - 1, next_attempt_at = :when,
                               claim_token = NULL, updated_at = now()
                          FROM unnest(:sellers::text[], :numbers::text[], :states::text[]) AS c(seller, number, state)
                         WHERE s.seller_tax_id = c.seller AND s.invoice_number = c.number AND s.claim_token = :token
                        """)
                .param("sellers", column(claimed, c -> c.key().sellerTaxId()))
                .param("numbers", column(claimed, c -> c.key().invoiceNumber()))
                .param("states", column(claimed, Submission::state))
                .param("when", Timestamp.from(when))
                .param("token", token)
                .update();
    }

    /**
     * Writes the next state of distinct invoices held by {@code token}, in one statement; an announced change counts
     * the version up. Answers the new version of each row written: a row another round claimed since is not.
     */
    Map<InvoiceKey, Long> recordOutcomes(UUID token, List<StateChange> changes) {
        return jdbc
                .sql("""
                        UPDATE submission s
                           SET state = c.state, version = s.version + CASE WHEN c.announce THEN 1 ELSE 0 END,
                               next_attempt_at = c.next_attempt_at, receipt_id = coalesce(c.receipt, s.receipt_id),
                               reason_code = c.code, reason = c.reason, replay_state = c.replay_state,
                               claim_token = NULL, updated_at = now()
                          FROM unnest(:sellers::text[], :numbers::text[], :states::text[], :announce::boolean[],
                                      :nextAttemptAt::timestamptz[], :receipts::text[], :codes::text[],
                                      :reasons::text[], :replayStates::text[])
                               AS c(seller, number, state, announce, next_attempt_at, receipt, code, reason,
                                    replay_state)
                         WHERE s.seller_tax_id = c.seller AND s.invoice_number = c.number AND s.claim_token = :token
                        RETURNING s.seller_tax_id, s.invoice_number, s.version
                        """)
                .param("sellers", column(changes, c -> c.key().sellerTaxId()))
                .param("numbers", column(changes, c -> c.key().invoiceNumber()))
                .param("states", column(changes, StateChange::state))
                .param("announce", column(changes, StateChange::announce))
                .param("nextAttemptAt", column(changes, StateChange::nextAttemptAt))
                .param("receipts", column(changes, StateChange::receiptId))
                .param("codes", column(changes, StateChange::reasonCode))
                .param("reasons", column(changes, StateChange::reason))
                .param("replayStates", column(changes, StateChange::replayState))
                .param("token", token)
                .query(ClaimRows::versionByKey)
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    long countAwaitingUpload() {
        return jdbc.sql("SELECT count(*) FROM submission WHERE state IN " + AWAITING_UPLOAD)
                .query(Long.class)
                .single();
    }

    private static Submission claimed(ResultSet rs, int row) throws SQLException {
        Timestamp first = rs.getTimestamp("first_attempt_at");
        byte[] payload = rs.getBytes("payload");
        return new Submission(
                new InvoiceKey(rs.getString("seller_tax_id"), rs.getString("invoice_number")),
                StoredFigures.of(payload),
                payload,
                InvoiceState.valueOf(rs.getString("state")),
                rs.getInt("attempts"),
                first == null ? null : first.toInstant());
    }

    private static Map.Entry<InvoiceKey, Long> versionByKey(ResultSet rs, int row) throws SQLException {
        return Map.entry(
                new InvoiceKey(rs.getString("seller_tax_id"), rs.getString("invoice_number")), rs.getLong("version"));
    }
}
