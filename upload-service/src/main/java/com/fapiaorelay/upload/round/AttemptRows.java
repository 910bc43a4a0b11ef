package com.fapiaorelay.upload.round;

import static com.fapiaorelay.kit.jdbc.ColumnArrays.column;

import com.fapiaorelay.common.tax.UploadResult;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The per-attempt history: every answer the tax interface gave, and how long it took; one statement per call. */
@Repository
class AttemptRows {

    private final JdbcClient jdbc;

    AttemptRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(Answered answered) {
        List<UploadResult> results = answered.results();
        jdbc.sql("""
                        INSERT INTO upload_attempt (seller_tax_id, invoice_number, endpoint, outcome, code, message,
                                                    latency_ms)
                        SELECT seller, number, :endpoint, outcome, code, message, :latency
                          FROM unnest(:sellers::text[], :numbers::text[], :outcomes::text[], :codes::text[],
                                      :messages::text[]) WITH ORDINALITY AS a(seller, number, outcome, code, message, n)
                         ORDER BY n
                        """)
                .param("endpoint", answered.endpoint())
                .param("latency", (int) answered.latencyMillis())
                .param("sellers", column(results, r -> r.key().sellerTaxId()))
                .param("numbers", column(results, r -> r.key().invoiceNumber()))
                .param("outcomes", column(results, UploadResult::outcome))
                .param("codes", column(results, UploadResult::code))
                .param("messages", column(results, UploadResult::message))
                .update();
    }

    /** One call's answers, one per invoice, from {@code endpoint} after {@code latencyMillis}. */
    record Answered(String endpoint, List<UploadResult> results, long latencyMillis) {}
}
