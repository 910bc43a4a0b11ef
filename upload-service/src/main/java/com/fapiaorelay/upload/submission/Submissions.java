package com.fapiaorelay.upload.submission;

import static com.fapiaorelay.kit.jdbc.ColumnArrays.column;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.json.FapiaoJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over the submission table; every hot path reads and writes in batches. */
@Repository
public class Submissions {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Submissions(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Locks the rows already held for these keys, so intake decides on a stable state. */
    public Map<InvoiceKey, StoredState> lockExisting(List<InvoiceKey> keys) {
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

    /** Stores new invoices, or replaces the content of ones never sent, in their first state. */
    public void store(List<NewSubmission> submissions) {
        batch.batchUpdate(
                """
                        INSERT INTO submission (seller_tax_id, invoice_number, content_hash, payload, source, state,
                                                version, next_attempt_at, reason_code, reason)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (seller_tax_id, invoice_number) DO UPDATE
                           SET content_hash = EXCLUDED.content_hash, payload = EXCLUDED.payload,
                               source = EXCLUDED.source, state = EXCLUDED.state, version = EXCLUDED.version,
                               next_attempt_at = EXCLUDED.next_attempt_at, reason_code = EXCLUDED.reason_code,
                               reason = EXCLUDED.reason, updated_at = now()
                        """, submissions.stream().map(Submissions::insertArguments).toList());
    }

    /**
     * Claims due invoices for one upload round; the lease keeps other workers off them meanwhile. The rows say
     * OUTCOME_UNKNOWN while the round runs, and the round writes the real outcome: if the process dies mid-call, the
     * invoice comes back after its lease to be looked up, never blindly resent. Each claim answers its state before.
     */
    public List<Submission> claimDue(int limit, Duration lease) {
        return jdbc.sql("""
                        UPDATE submission s
                           SET attempts = s.attempts + 1,
                               first_attempt_at = coalesce(s.first_attempt_at, now()),
                               next_attempt_at = now() + make_interval(secs => :lease),
                               state = 'OUTCOME_UNKNOWN',
                               updated_at = now()
                          FROM (SELECT seller_tax_id, invoice_number, state FROM submission
                                 WHERE state IN ('UPLOAD_PENDING', 'OUTCOME_UNKNOWN') AND next_attempt_at <= now()
                                 ORDER BY next_attempt_at
                                 LIMIT :limit
                                   FOR UPDATE SKIP LOCKED) due
                         WHERE s.seller_tax_id = due.seller_tax_id AND s.invoice_number = due.invoice_number
                        RETURNING s.payload, due.state, s.version, s.attempts, s.first_attempt_at
                        """)
                .param("lease", lease.toSeconds())
                .param("limit", limit)
                .query(Submissions::claimed)
                .list();
    }

    /** Hands claimed invoices back untried, in the state they were claimed in, due again at {@code when}. */
    public void release(List<Submission> claimed, Instant when) {
        batch.batchUpdate(
                """
                        UPDATE submission
                           SET state = ?, attempts = attempts - 1, next_attempt_at = ?, updated_at = now()
                         WHERE seller_tax_id = ? AND invoice_number = ?
                        """,
                claimed.stream()
                        .map(c -> new Object[] {
                            c.state().name(),
                            Timestamp.from(when),
                            c.key().sellerTaxId(),
                            c.key().invoiceNumber()
                        })
                        .toList());
    }

    /** Writes the next state of distinct invoices, in one statement. */
    public void apply(List<StateChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        UPDATE submission s
                           SET state = c.state, version = c.version, next_attempt_at = c.next_attempt_at,
                               receipt_id = coalesce(c.receipt, s.receipt_id), reason_code = c.code,
                               reason = c.reason, updated_at = now()
                          FROM unnest(:sellers::text[], :numbers::text[], :states::text[], :versions::bigint[],
                                      :nextAttemptAt::timestamptz[], :receipts::text[], :codes::text[],
                                      :reasons::text[])
                               AS c(seller, number, state, version, next_attempt_at, receipt, code, reason)
                         WHERE s.seller_tax_id = c.seller AND s.invoice_number = c.number
                        """)
                .param("sellers", column(changes, c -> c.invoice().sellerTaxId()))
                .param("numbers", column(changes, c -> c.invoice().invoiceNumber()))
                .param("states", column(changes, StateChange::state))
                .param("versions", column(changes, StateChange::version))
                .param("nextAttemptAt", column(changes, StateChange::nextAttemptAt))
                .param("receipts", column(changes, StateChange::receiptId))
                .param("codes", column(changes, StateChange::reasonCode))
                .param("reasons", column(changes, StateChange::reason))
                .update();
    }

    /**
     * Puts an uploaded invoice back in the queue for re-upload round {@code round}, once per round. It goes back as
     * OUTCOME_UNKNOWN: an earlier round's upload may have landed after sync-service gave up waiting, so the worker
     * looks it up before sending it again.
     */
    public boolean requeue(InvoiceKey key, int round) {
        return jdbc.sql("""
                        UPDATE submission
                           SET state = 'OUTCOME_UNKNOWN', version = version + 1, next_attempt_at = now(),
                               attempts = 0, first_attempt_at = NULL, reupload_round = :round,
                               reason_code = 'REUPLOAD', reason = :reason, updated_at = now()
                         WHERE seller_tax_id = :seller AND invoice_number = :number
                           AND reupload_round < :round AND state = 'UPLOADED'
                        """)
                        .param("seller", key.sellerTaxId())
                        .param("number", key.invoiceNumber())
                        .param("round", round)
                        .param(
                                "reason",
                                "sync-service 未在税务系统中查到，第 " + round + " 轮重传 / not visible, re-upload round " + round)
                        .update()
                == 1;
    }

    /** Puts corrected content in place of an invoice's old one and queues it as never tried before. */
    public void reenter(Invoice invoice, String contentHash, String source, long version) {
        jdbc.sql("""
                        UPDATE submission
                           SET content_hash = :hash, payload = :payload, source = :source, state = 'UPLOAD_PENDING',
                               version = :version, attempts = 0, first_attempt_at = NULL, next_attempt_at = now(),
                               receipt_id = NULL, reason_code = 'REENTRY', reason = NULL, updated_at = now()
                         WHERE seller_tax_id = :seller AND invoice_number = :number
                        """)
                .param("hash", contentHash)
                .param("payload", FapiaoJson.mapper().writeValueAsString(invoice))
                .param("source", source)
                .param("version", version)
                .param("seller", invoice.sellerTaxId())
                .param("number", invoice.invoiceNumber())
                .update();
    }

    /** Where the invoice's current content came from: a topic, an API client or a re-entry. */
    public String sourceOf(InvoiceKey key) {
        return jdbc.sql("SELECT source FROM submission WHERE seller_tax_id = :seller AND invoice_number = :number")
                .param("seller", key.sellerTaxId())
                .param("number", key.invoiceNumber())
                .query(String.class)
                .single();
    }

    /** The invoice as stored now, for announcing a change made in SQL. */
    public Submission find(InvoiceKey key) {
        return jdbc.sql("""
                        SELECT payload, state, version, attempts, first_attempt_at FROM submission
                         WHERE seller_tax_id = :seller AND invoice_number = :number
                        """)
                .param("seller", key.sellerTaxId())
                .param("number", key.invoiceNumber())
                .query(Submissions::claimed)
                .single();
    }

    public long countAwaitingUpload() {
        return jdbc.sql("SELECT count(*) FROM submission WHERE state IN ('UPLOAD_PENDING', 'OUTCOME_UNKNOWN')")
                .query(Long.class)
                .single();
    }

    private static Submission claimed(ResultSet rs, int row) throws SQLException {
        Timestamp first = rs.getTimestamp("first_attempt_at");
        return new Submission(
                FapiaoJson.mapper().readValue(rs.getString("payload"), Invoice.class),
                InvoiceState.valueOf(rs.getString("state")),
                rs.getLong("version"),
                rs.getInt("attempts"),
                first == null ? null : first.toInstant());
    }

    private static Object[] insertArguments(NewSubmission s) {
        StateChange c = s.firstState();
        return new Object[] {
            c.invoice().sellerTaxId(),
            c.invoice().invoiceNumber(),
            s.contentHash(),
            s.payload(),
            s.source(),
            c.state().name(),
            c.version(),
            timestamp(c.nextAttemptAt()),
            c.reasonCode(),
            c.reason()
        };
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
