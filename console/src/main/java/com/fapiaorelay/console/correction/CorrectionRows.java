package com.fapiaorelay.console.correction;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.json.FapiaoJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over the correction table. */
@Repository
class CorrectionRows {

    private final JdbcClient jdbc;

    CorrectionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(Original original, Invoice invoice, String author, String note) {
        return jdbc.sql("""
                        INSERT INTO correction (original_seller_tax_id, original_invoice_number, original_state,
                                                original_payload, payload, seller_tax_id, invoice_number, author, note)
                        VALUES (:originalSeller, :originalNumber, :originalState, :originalPayload, :payload, :seller,
                                :number, :author, :note)
                        RETURNING id
                        """)
                .param(
                        "originalSeller",
                        original == null ? null : original.key().sellerTaxId())
                .param(
                        "originalNumber",
                        original == null ? null : original.key().invoiceNumber())
                .param(
                        "originalState",
                        original == null ? null : original.state().name())
                .param("originalPayload", original == null ? null : json(original.invoice()))
                .param("payload", json(invoice))
                .param("seller", invoice.sellerTaxId())
                .param("number", invoice.invoiceNumber())
                .param("author", author)
                .param("note", FormValues.text(note))
                .query(Long.class)
                .single();
    }

    /** The correction, locked until the caller's transaction ends, so two reviewers cannot both decide it. */
    Optional<Correction> lock(long id) {
        return jdbc.sql("SELECT * FROM correction WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(CorrectionRows::correction)
                .optional();
    }

    Optional<Correction> find(long id) {
        return jdbc.sql("SELECT * FROM correction WHERE id = :id")
                .param("id", id)
                .query(CorrectionRows::correction)
                .optional();
    }

    /** Pending ones first, oldest first; then the latest decided. */
    List<Correction> latest(int limit) {
        return jdbc.sql("""
                        SELECT * FROM correction
                         ORDER BY status <> 'PENDING', CASE WHEN status = 'PENDING' THEN created_at END,
                                  reviewed_at DESC
                         LIMIT :limit
                        """)
                .param("limit", limit)
                .query(CorrectionRows::correction)
                .list();
    }

    void decide(long id, Correction.Status status, String reviewer, String comment, String outcome) {
        jdbc.sql("""
                        UPDATE correction
                           SET status = :status, reviewer = :reviewer, review_comment = :comment,
                               reviewed_at = now(), entry_outcome = :outcome
                         WHERE id = :id AND status = 'PENDING'
                        """)
                .param("status", status.name())
                .param("reviewer", reviewer)
                .param("comment", comment)
                .param("outcome", outcome)
                .param("id", id)
                .update();
    }

    private static Correction correction(ResultSet rs, int row) throws SQLException {
        String originalNumber = rs.getString("original_invoice_number");
        String originalState = rs.getString("original_state");
        return new Correction(
                rs.getLong("id"),
                originalNumber == null ? null : new InvoiceKey(rs.getString("original_seller_tax_id"), originalNumber),
                originalState == null ? null : InvoiceState.valueOf(originalState),
                invoice(rs.getString("original_payload")),
                invoice(rs.getString("payload")),
                rs.getString("author"),
                rs.getString("note"),
                rs.getObject("created_at", OffsetDateTime.class),
                Correction.Status.valueOf(rs.getString("status")),
                rs.getString("reviewer"),
                rs.getString("review_comment"),
                rs.getObject("reviewed_at", OffsetDateTime.class),
                rs.getString("entry_outcome"));
    }

    private static Invoice invoice(String json) {
        return json == null ? null : FapiaoJson.mapper().readValue(json, Invoice.class);
    }

    private static String json(Invoice invoice) {
        return FapiaoJson.mapper().writeValueAsString(invoice);
    }
}
