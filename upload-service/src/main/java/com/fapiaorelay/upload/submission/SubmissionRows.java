package com.fapiaorelay.upload.submission;

import static com.fapiaorelay.kit.jdbc.ColumnArrays.column;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.kit.jdbc.SqlLiterals;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL over the submission table and its content, the only class that writes them; every hot path reads and writes in
 * batches, one statement each. The content (the invoice's canonical JSON) lives apart in {@code submission_content},
 * written when it arrives or is replaced, so the state changes of a round rewrite a small row. State lists come from
 * {@link InvoiceState}; the claim's is written out as literals so the partial due index applies.
 */
@Repository
class SubmissionRows {

    private static final String AWAITING_UPLOAD = SqlLiterals.list(Submissions.AWAITING_UPLOAD);

    private final JdbcClient jdbc;

    SubmissionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<InvoiceKey, StoredState> lockExisting(List<InvoiceKey> keys) {
        return jdbc
                .sql("""
                        SELECT seller_tax_id, invoice_number, content_hash, state, version, attempts
                          FROM submission
                         WHERE (seller_tax_id, invoice_number) IN
                               (SELECT * FROM unnest(:sellers::text[], :numbers::text[]))
                           FOR UPDATE
                        """)
                .param("sellers", keys.stream().map(InvoiceKey::sellerTaxId).toArray(String[]::new))
                .param("numbers", keys.stream().map(InvoiceKey::invoiceNumber).toArray(String[]::new))
                .query((rs, row) -> Map.entry(
                        new InvoiceKey(rs.getString("seller_tax_id"), rs.getString("invoice_number")),
                        new StoredState(
                                rs.getString("content_hash"), InvoiceState.valueOf(rs.getString("state")),
                                rs.getLong("version"), rs.getInt("attempts"))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Stores distinct invoices and their content in one statement, new or in place of content never sent. */
    void store(List<NewSubmission> submissions) {
        if (submissions.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        WITH content AS (
                            INSERT INTO submission_content (seller_tax_id, invoice_number, payload)
                            SELECT * FROM unnest(:sellers::text[], :numbers::text[], :payloads::text[])
                            ON CONFLICT (seller_tax_id, invoice_number) DO UPDATE SET payload = EXCLUDED.payload)
                        INSERT INTO submission (seller_tax_id, invoice_number, content_hash, source, state,
                                                version, next_attempt_at, reason_code, reason)
                        SELECT * FROM unnest(:sellers::text[], :numbers::text[], :hashes::text[], :sources::text[],
                                             :states::text[], :versions::bigint[], :nextAttemptAt::timestamptz[],
                                             :codes::text[], :reasons::text[])
                        ON CONFLICT (seller_tax_id, invoice_number) DO UPDATE
                           SET content_hash = EXCLUDED.content_hash, source = EXCLUDED.source, state = EXCLUDED.state, version = EXCLUDED.version,
                               next_attempt_at = EXCLUDED.next_attempt_at, reason_code = EXCLUDED.reason_code,
                               reason = EXCLUDED.reason, updated_at = now()
                        """)
                .param(
                        "sellers",
                        column(submissions, s -> s.firstState().invoice().sellerTaxId()))
                .param(
                        "numbers",
                        column(submissions, s -> s.firstState().invoice().invoiceNumber()))
                .param("hashes", column(submissions, NewSubmission::contentHash))
                .param("payloads", column(submissions, NewSubmission::payload))
                .param("sources", column(submissions, NewSubmission::source))
                .param("states", column(submissions, s -> s.firstState().state()))
                .param("versions", column(submissions, NewSubmission::version))
                .param("nextAttemptAt", column(submissions, s -> s.firstState().nextAttemptAt()))
                .param("codes", column(submissions, s -> s.firstState().reasonCode()))
                .param("reasons", column(submissions, s -> s.firstState().reason()))
                .update();
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
                        RETURNING c.payload, due.state, s.attempts, s.first_attempt_at
                        """.formatted(AWAITING_UPLOAD))
                .param("lease", lease.toMillis() / 1000.0)
                .param("claimedAs", InvoiceState.OUTCOME_UNKNOWN.name())
                .param("token", token)
                .param("limit", limit)
                .query(SubmissionRows::claimed)
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
                .param("sellers", column(changes, c -> c.invoice().sellerTaxId()))
                .param("numbers", column(changes, c -> c.invoice().invoiceNumber()))
                .param("states", column(changes, StateChange::state))
                .param("announce", column(changes, StateChange::announce))
                .param("nextAttemptAt", column(changes, StateChange::nextAttemptAt))
                .param("receipts", column(changes, StateChange::receiptId))
                .param("codes", column(changes, StateChange::reasonCode))
                .param("reasons", column(changes, StateChange::reason))
                .param("replayStates", column(changes, StateChange::replayState))
                .param("token", token)
                .query(SubmissionRows::versionByKey)
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Requeues an UPLOADED invoice for re-upload round {@code round}, once per round; answers its new version. */
    Optional<Long> requeue(InvoiceKey key, int round, String reason) {
        return jdbc.sql("""
                        UPDATE submission
                           SET state = :to, version = version + 1, next_attempt_at = now(),
                               attempts = 0, first_attempt_at = NULL, reupload_round = :round,
                               reason_code = 'REUPLOAD', reason = :reason, updated_at = now()
                         WHERE seller_tax_id = :seller AND invoice_number = :number
                           AND reupload_round < :round AND state = :from
                        RETURNING version
                        """)
                .param("to", InvoiceState.OUTCOME_UNKNOWN.name())
                .param("from", InvoiceState.UPLOADED.name())
                .param("seller", key.sellerTaxId())
                .param("number", key.invoiceNumber())
                .param("round", round)
                .param("reason", reason)
                .query(Long.class)
                .optional();
    }

    /** Puts corrected content in place of an invoice's old one, queued as never tried before; answers the version. */
    long reenter(StateChange change, String contentHash, String source) {
        Invoice invoice = change.invoice();
        return jdbc.sql("""
                        WITH content AS (
                            UPDATE submission_content SET payload = :payload
                             WHERE seller_tax_id = :seller AND invoice_number = :number)
                        UPDATE submission
                           SET content_hash = :hash, source = :source, state = :state,
                               version = version + 1, attempts = 0, first_attempt_at = NULL,
                               next_attempt_at = now(), receipt_id = NULL, reason_code = :code, reason = NULL,
                               replay_state = NULL, updated_at = now()
                         WHERE seller_tax_id = :seller AND invoice_number = :number
                        RETURNING version
                        """)
                .param("hash", contentHash)
                .param("payload", FapiaoJson.mapper().writeValueAsString(invoice))
                .param("source", source)
                .param("state", change.state().name())
                .param("code", change.reasonCode())
                .param("seller", invoice.sellerTaxId())
                .param("number", invoice.invoiceNumber())
                .query(Long.class)
                .single();
    }

    /** Moves one invoice to a state no worker picks up; answers its new version. */
    long settle(StateChange change) {
        return jdbc.sql("""
                        UPDATE submission
                           SET state = :state, version = version + 1, next_attempt_at = NULL,
                               reason_code = :code, reason = :reason, updated_at = now()
                         WHERE seller_tax_id = :seller AND invoice_number = :number
                        RETURNING version
                        """)
                .param("state", change.state().name())
                .param("code", change.reasonCode())
                .param("reason", change.reason())
                .param("seller", change.invoice().sellerTaxId())
                .param("number", change.invoice().invoiceNumber())
                .query(Long.class)
                .single();
    }

    /**
     * Puts the invoices in one of {@code states}, of {@code sellerTaxId} and among {@code keys} where those are
     * given, back in the queue with a fresh retry budget: as OUTCOME_UNKNOWN where their last outcome was unknown,
     * else UPLOAD_PENDING.
     */
    List<Replayed> replay(
            Collection<InvoiceState> states, String sellerTaxId, List<InvoiceKey> keys, String code, String reason) {
        return jdbc.sql("""
                        UPDATE submission s
                           SET state = coalesce(s.replay_state, :fresh), version = s.version + 1, attempts = 0,
                               first_attempt_at = NULL, next_attempt_at = now(), reason_code = :code,
                               reason = :reason, replay_state = NULL, updated_at = now()
                          FROM submission_content c
                         WHERE s.state = ANY(:states::text[])
                           AND (CAST(:seller AS text) IS NULL OR s.seller_tax_id = CAST(:seller AS text))
                           AND (:anyKey OR (s.seller_tax_id, s.invoice_number) IN
                                (SELECT * FROM unnest(:sellers::text[], :numbers::text[])))
                           AND c.seller_tax_id = s.seller_tax_id AND c.invoice_number = s.invoice_number
                        RETURNING c.payload, s.state, s.version
                        """)
                .param("fresh", InvoiceState.UPLOAD_PENDING.name())
                .param("code", code)
                .param("reason", reason)
                .param("states", column(states, state -> state))
                .param("seller", sellerTaxId)
                .param("anyKey", keys.isEmpty())
                .param("sellers", keys.stream().map(InvoiceKey::sellerTaxId).toArray(String[]::new))
                .param("numbers", keys.stream().map(InvoiceKey::invoiceNumber).toArray(String[]::new))
                .query((rs, row) ->
                        new Replayed(invoice(rs), InvoiceState.valueOf(rs.getString("state")), rs.getLong("version")))
                .list();
    }

    String sourceOf(InvoiceKey key) {
        return jdbc.sql("SELECT source FROM submission WHERE seller_tax_id = :seller AND invoice_number = :number")
                .param("seller", key.sellerTaxId())
                .param("number", key.invoiceNumber())
                .query(String.class)
                .single();
    }

    Invoice invoiceOf(InvoiceKey key) {
        return jdbc.sql("""
                        SELECT payload FROM submission_content WHERE seller_tax_id = :seller AND invoice_number = :number
                        """)
                .param("seller", key.sellerTaxId())
                .param("number", key.invoiceNumber())
                .query((rs, row) -> invoice(rs))
                .single();
    }

    long countAwaitingUpload() {
        return jdbc.sql("SELECT count(*) FROM submission WHERE state IN " + AWAITING_UPLOAD)
                .query(Long.class)
                .single();
    }

    /** An invoice a replay queued again, in the state it now waits in. */
    record Replayed(Invoice invoice, InvoiceState state, long version) {}

    private static Submission claimed(ResultSet rs, int row) throws SQLException {
        Timestamp first = rs.getTimestamp("first_attempt_at");
        String payload = rs.getString("payload");
        return new Submission(
                FapiaoJson.mapper().readValue(payload, Invoice.class),
                payload,
                InvoiceState.valueOf(rs.getString("state")),
                rs.getInt("attempts"),
                first == null ? null : first.toInstant());
    }

    private static Invoice invoice(ResultSet rs) throws SQLException {
        return FapiaoJson.mapper().readValue(rs.getString("payload"), Invoice.class);
    }

    private static Map.Entry<InvoiceKey, Long> versionByKey(ResultSet rs, int row) throws SQLException {
        return Map.entry(
                new InvoiceKey(rs.getString("seller_tax_id"), rs.getString("invoice_number")), rs.getLong("version"));
    }
}
