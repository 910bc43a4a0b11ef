package com.fapiaorelay.upload.submission;

import static com.fapiaorelay.kit.jdbc.ColumnArrays.column;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.json.FapiaoJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL over an invoice's content, the canonical JSON in {@code submission_content}: written with its submission row
 * in one statement when it arrives, replaces content never sent or is re-entered, and never on a state change, so
 * the state changes of a round rewrite a small row.
 */
@Repository
class ContentRows {

    private final JdbcClient jdbc;

    ContentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                .param("sellers", column(submissions, s -> s.firstState().key().sellerTaxId()))
                .param("numbers", column(submissions, s -> s.firstState().key().invoiceNumber()))
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
     * Puts corrected content, {@code payload} hashed to {@code contentHash}, in place of an invoice's old one, queued as
     * never tried before; answers the version.
     */
    long reenter(StateChange change, String payload, String contentHash, String source) {
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
                .param("payload", payload)
                .param("source", source)
                .param("state", change.state().name())
                .param("code", change.reasonCode())
                .param("seller", change.key().sellerTaxId())
                .param("number", change.key().invoiceNumber())
                .query(Long.class)
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

    static Invoice invoice(ResultSet rs) throws SQLException {
        return FapiaoJson.mapper().readValue(rs.getString("payload"), Invoice.class);
    }
}
