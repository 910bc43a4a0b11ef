package com.fapiaorelay.sandbox.record;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the sandbox holds, for tests and the demo: totals, and per seller and issue day. */
@Repository
public class RecordStatisticsRows {

    private final JdbcClient jdbc;

    RecordStatisticsRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UploadStatistics totals() {
        return jdbc.sql("""
                        SELECT count(*) AS records,
                               coalesce(sum(upload_count), 0) AS uploads,
                               coalesce(sum(upload_count - 1), 0) AS repeated_uploads,
                               count(*) FILTER (WHERE upload_count > 1) AS invoices_uploaded_more_than_once,
                               coalesce(sum(duplicate_count), 0) AS duplicate_answers
                          FROM tax_record
                        """).query(UploadStatistics.class).single();
    }

    public List<SellerDay> perSellerAndDay() {
        return jdbc.sql("""
                        SELECT seller_tax_id, issued_at::date AS day, count(*) AS records,
                               sum(upload_count) AS uploads, sum(duplicate_count) AS duplicate_answers
                          FROM tax_record
                         GROUP BY seller_tax_id, issued_at::date
                         ORDER BY seller_tax_id, day
                        """).query(SellerDay.class).list();
    }

    /** Totals that let a test or the demo prove nothing was uploaded twice. */
    public record UploadStatistics(
            long records,
            long uploads,
            long repeatedUploads,
            long invoicesUploadedMoreThanOnce,
            long duplicateAnswers) {}

    public record SellerDay(String sellerTaxId, LocalDate day, long records, long uploads, long duplicateAnswers) {}
}
