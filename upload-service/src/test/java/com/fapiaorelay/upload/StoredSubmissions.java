package com.fapiaorelay.upload;

import com.fapiaorelay.common.invoice.ContentHash;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.json.FapiaoJson;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Puts submissions in a given state straight into the table, for tests that start where automation stopped. */
record StoredSubmissions(JdbcClient jdbc) {

    /** Stores the invoice as if it had been tried 7 times, the first 7 hours ago, and ended in {@code state}. */
    void storeAs(Invoice invoice, InvoiceState state, long version) {
        jdbc.sql("""
                        INSERT INTO submission (seller_tax_id, invoice_number, content_hash, source, state,
                                                version, attempts, first_attempt_at, reason_code)
                        VALUES (?, ?, ?, 'stored-by-test', ?, ?, 7, now() - interval '7 hours', 'E1001')
                        """)
                .params(invoice.sellerTaxId(), invoice.invoiceNumber(), ContentHash.of(invoice), state.name(), version)
                .update();
        jdbc.sql("INSERT INTO submission_content (seller_tax_id, invoice_number, payload) VALUES (?, ?, ?)")
                .params(
                        invoice.sellerTaxId(),
                        invoice.invoiceNumber(),
                        FapiaoJson.mapper().writeValueAsString(invoice))
                .update();
    }

    /** Marks an UPLOAD_FAILED invoice as given up while its outcome was unknown. */
    void lastOutcomeUnknown(Invoice invoice) {
        jdbc.sql(
                        "UPDATE submission SET replay_state = 'OUTCOME_UNKNOWN' WHERE seller_tax_id = ? AND invoice_number = ?")
                .params(invoice.sellerTaxId(), invoice.invoiceNumber())
                .update();
    }

    String stateOf(Invoice invoice) {
        return jdbc.sql("SELECT state FROM submission WHERE seller_tax_id = ? AND invoice_number = ?")
                .params(invoice.sellerTaxId(), invoice.invoiceNumber())
                .query(String.class)
                .single();
    }
}
