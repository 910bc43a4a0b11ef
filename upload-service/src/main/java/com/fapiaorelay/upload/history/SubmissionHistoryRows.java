package com.fapiaorelay.upload.history;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.json.FapiaoJson;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads one invoice's submission row and its attempts, newest attempt last. */
@Repository
class SubmissionHistoryRows {

    private final JdbcClient jdbc;

    SubmissionHistoryRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SubmissionHistory> find(InvoiceKey key) {
        return jdbc.sql("""
                        SELECT c.payload, s.source, s.state, s.version, s.receipt_id, s.received_at
                          FROM submission s JOIN submission_content c USING (seller_tax_id, invoice_number)
                         WHERE seller_tax_id = :seller AND invoice_number = :number
                        """)
                .param("seller", key.sellerTaxId())
                .param("number", key.invoiceNumber())
                .query((rs, row) -> new SubmissionHistory(
                        FapiaoJson.mapper().readValue(rs.getString("payload"), Invoice.class),
                        rs.getString("source"),
                        InvoiceState.valueOf(rs.getString("state")),
                        rs.getLong("version"),
                        rs.getString("receipt_id"),
                        rs.getObject("received_at", OffsetDateTime.class),
                        List.of()))
                .optional()
                .map(history -> history.withAttempts(attempts(key)));
    }

    private List<SubmissionHistory.Attempt> attempts(InvoiceKey key) {
        return jdbc.sql("""
                        SELECT attempted_at, endpoint, outcome, code, message, latency_ms FROM upload_attempt
                         WHERE seller_tax_id = :seller AND invoice_number = :number
                         ORDER BY attempted_at, id
                        """)
                .param("seller", key.sellerTaxId())
                .param("number", key.invoiceNumber())
                .query((rs, row) -> new SubmissionHistory.Attempt(
                        rs.getObject("attempted_at", OffsetDateTime.class),
                        rs.getString("endpoint"),
                        rs.getString("outcome"),
                        rs.getString("code"),
                        rs.getString("message"),
                        rs.getInt("latency_ms")))
                .list();
    }
}
