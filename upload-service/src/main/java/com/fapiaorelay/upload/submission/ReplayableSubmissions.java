package com.fapiaorelay.upload.submission;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.json.FapiaoJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finds invoices an operator sends round again and gives them a fresh retry budget. */
@Repository
public class ReplayableSubmissions {

    private final JdbcClient jdbc;

    ReplayableSubmissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the invoices in one of {@code states}, of {@code sellerTaxId} and among {@code keys} where those are
     * given, and resets their attempts; the state change itself goes through {@link StateTransitions}.
     */
    public List<Submission> resetAttempts(Collection<InvoiceState> states, String sellerTaxId, List<InvoiceKey> keys) {
        return jdbc.sql("""
                        UPDATE submission
                           SET attempts = 0, first_attempt_at = NULL, updated_at = now()
                         WHERE state = ANY(:states::text[])
                           AND (CAST(:seller AS text) IS NULL OR seller_tax_id = CAST(:seller AS text))
                           AND (:anyKey OR (seller_tax_id, invoice_number) IN
                                (SELECT * FROM unnest(:sellers::text[], :numbers::text[])))
                        RETURNING payload, state, version, attempts, first_attempt_at
                        """)
                .param("states", states.stream().map(InvoiceState::name).toArray(String[]::new))
                .param("seller", sellerTaxId)
                .param("anyKey", keys.isEmpty())
                .param("sellers", keys.stream().map(InvoiceKey::sellerTaxId).toArray(String[]::new))
                .param("numbers", keys.stream().map(InvoiceKey::invoiceNumber).toArray(String[]::new))
                .query(ReplayableSubmissions::submission)
                .list();
    }

    private static Submission submission(ResultSet rs, int row) throws SQLException {
        return new Submission(
                FapiaoJson.mapper().readValue(rs.getString("payload"), Invoice.class),
                InvoiceState.valueOf(rs.getString("state")),
                rs.getLong("version"),
                rs.getInt("attempts"),
                null);
    }
}
