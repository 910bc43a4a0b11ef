package com.fapiaorelay.sandbox.record;

import com.fapiaorelay.common.tax.SummaryBucket;
import com.fapiaorelay.common.tax.SummaryBuckets;
import com.fapiaorelay.common.tax.SummaryChecksum;
import com.fapiaorelay.common.tax.TaxRecord;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The authority's views of a seller's visible records: bucketed summaries and a day page by page. */
@Repository
public class RecordQueries {

    private final JdbcClient jdbc;

    RecordQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every bucket of {@code split}, empty ones included. */
    public List<SummaryBucket> summarize(String sellerTaxId, SummaryBuckets split) {
        List<SummaryBucket> buckets = new ArrayList<>(split.empty());
        jdbc.sql("""
                        SELECT (floor(extract(epoch FROM issued_at - CAST(:from AS timestamp)) * 1000)::bigint
                                    * :count) / :range AS bucket,
                               count(*), sum(total_amount), sum(total_tax),
                               count(*) FILTER (WHERE NOT red), count(*) FILTER (WHERE red), sum(record_hash)
                          FROM tax_record
                         WHERE seller_tax_id = :seller AND issued_at >= :from AND issued_at < :to
                           AND visible_at <= now()
                         GROUP BY 1
                        """)
                .param("seller", sellerTaxId)
                .param("from", split.from())
                .param("to", split.to())
                .param("count", (long) split.count())
                .param("range", split.rangeMillis())
                .query((rs, n) -> {
                    int index = rs.getInt(1);
                    SummaryBucket empty = buckets.get(index);
                    buckets.set(
                            index,
                            new SummaryBucket(
                                    empty.from(),
                                    empty.to(),
                                    rs.getLong(2),
                                    rs.getBigDecimal(3),
                                    rs.getBigDecimal(4),
                                    rs.getLong(5),
                                    rs.getLong(6),
                                    // the numeric sum's low 64 bits are the sum modulo 2^64
                                    SummaryChecksum.format(
                                            rs.getBigDecimal(7).toBigInteger().longValue())));
                    return index;
                })
                .list();
        return buckets;
    }

    /** Up to {@code limit} records issued in {@code [from, to)} with numbers after {@code afterNumber}, in number order. */
    public List<TaxRecord> issued(
            String sellerTaxId, LocalDateTime from, LocalDateTime to, String afterNumber, int limit) {
        return jdbc.sql("""
                        SELECT seller_tax_id, invoice_number, receipt_id, total_amount, total_tax, issued_at
                          FROM tax_record
                         WHERE seller_tax_id = :seller AND issued_at >= :start AND issued_at < :end
                           AND invoice_number > :after AND visible_at <= now()
                         ORDER BY invoice_number
                         LIMIT :limit
                        """)
                .param("seller", sellerTaxId)
                .param("start", from)
                .param("end", to)
                .param("after", afterNumber)
                .param("limit", limit)
                .query(TaxRecord.class)
                .list();
    }
}
