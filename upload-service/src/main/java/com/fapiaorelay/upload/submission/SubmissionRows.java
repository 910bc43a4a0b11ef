package com.fapiaorelay.upload.submission;

import static com.fapiaorelay.kit.jdbc.ColumnArrays.column;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL over the submission table outside intake and upload rounds ({@link ContentRows}, {@link ClaimRows}): locking the
 * rows intake decides on, and the moves of one invoice or a selection that people and sync-service ask for.
 */
@Repository
class SubmissionRows {

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
                .param("seller", change.key().sellerTaxId())
                .param("number", change.key().invoiceNumber())
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
                .query((rs, row) -> new Replayed(
                        ContentRows.invoice(rs), InvoiceState.valueOf(rs.getString("state")), rs.getLong("version")))
                .list();
    }

    String sourceOf(InvoiceKey key) {
        return jdbc.sql("SELECT source FROM submission WHERE seller_tax_id = :seller AND invoice_number = :number")
                .param("seller", key.sellerTaxId())
                .param("number", key.invoiceNumber())
                .query(String.class)
                .single();
    }

    /** An invoice a replay queued again, in the state it now waits in. */
    record Replayed(Invoice invoice, InvoiceState state, long version) {}
}
