package com.fapiaorelay.upload.round;

import com.fapiaorelay.common.tax.UploadResult;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The per-attempt history: every answer the tax interface gave, and how long it took. */
@Repository
class AttemptRows {

    private final JdbcTemplate jdbc;

    AttemptRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(String endpoint, List<UploadResult> results, long latencyMillis) {
        jdbc.batchUpdate(
                """
                        INSERT INTO upload_attempt (seller_tax_id, invoice_number, endpoint, outcome, code, message,
                                                    latency_ms)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """,
                results.stream()
                        .map(r -> new Object[] {
                            r.key().sellerTaxId(),
                            r.key().invoiceNumber(),
                            endpoint,
                            r.outcome().name(),
                            r.code(),
                            r.message(),
                            (int) latencyMillis
                        })
                        .toList());
    }
}
