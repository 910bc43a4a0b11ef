package com.fapiaorelay.sandbox.record;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.tax.SummaryBucket;
import com.fapiaorelay.common.tax.SummaryBuckets;
import com.fapiaorelay.common.tax.SummaryChecksum;
import com.fapiaorelay.common.tax.TaxRecord;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sandbox's store: one row per invoice number, with upload counters that expose duplicate uploads; and the
 * authority's views of a seller's visible records: bucketed summaries and a day page by page.
 */
@Repository
public class TaxRecordRows {

    private final JdbcClient jdbc;

    TaxRecordRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores each record unless its number is held already, counting the upload either way, with one statement
     * per batch; answers the row as stored for every key.
     */
    public Map<InvoiceKey, StoredRecord> store(List<NewRecord> records) {
        Map<InvoiceKey, StoredRecord> stored = new HashMap<>();
        // One statement cannot touch a row twice, so a number repeated within the batch waits for the next round.
        List<NewRecord> pending = records;
        while (!pending.isEmpty()) {
            Set<InvoiceKey> inRound = new HashSet<>();
            List<NewRecord> round = new ArrayList<>();
            List<NewRecord> later = new ArrayList<>();
            pending.forEach(r -> (inRound.add(r.key()) ? round : later).add(r));
            storeRound(round).forEach(s -> stored.put(s.key(), s));
            pending = later;
        }
        return stored;
    }

    private List<StoredRecord> storeRound(List<NewRecord> records) {
        return jdbc.sql("""
                        INSERT INTO tax_record (seller_tax_id, invoice_number, receipt_id, content_hash,
                                                total_amount, total_tax, issued_at, red, visible_at, record_hash)
                        SELECT seller, number, receipt, hash, amount, tax, issued, red,
                               now() + delay_ms * interval '1 millisecond', term
                          FROM unnest(:sellers::text[], :numbers::text[], :receipts::text[], :hashes::text[],
                                      :amounts::numeric[], :taxes::numeric[], :issued::timestamp[],
                                      :red::boolean[], :delays::bigint[], :terms::bigint[])
                               AS batch(seller, number, receipt, hash, amount, tax, issued, red, delay_ms, term)
                        ON CONFLICT (seller_tax_id, invoice_number) DO UPDATE
                           SET upload_count = tax_record.upload_count + 1,
                               duplicate_count = tax_record.duplicate_count
                                   + CASE WHEN tax_record.content_hash = excluded.content_hash THEN 1 ELSE 0 END
                        RETURNING seller_tax_id, invoice_number, receipt_id, content_hash, upload_count
                        """)
                .param("sellers", column(records, r -> r.key().sellerTaxId()))
                .param("numbers", column(records, r -> r.key().invoiceNumber()))
                .param("receipts", column(records, NewRecord::receiptId))
                .param("hashes", column(records, NewRecord::contentHash))
                .param("amounts", column(records, r -> r.totalAmount().toPlainString()))
                .param("taxes", column(records, r -> r.totalTax().toPlainString()))
                .param("issued", column(records, r -> r.issuedAt().toString()))
                .param("red", booleans(records))
                .param(
                        "delays",
                        records.stream()
                                .mapToLong(r -> r.visibleAfter().toMillis())
                                .toArray())
                .param(
                        "terms",
                        records.stream().mapToLong(NewRecord::checksumTerm).toArray())
                .query((rs, n) -> new StoredRecord(
                        new InvoiceKey(rs.getString(1), rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5)))
                .list();
    }

    /** The records visible now under these keys. */
    public List<TaxRecord> find(List<InvoiceKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT seller_tax_id, invoice_number, receipt_id, total_amount, total_tax, issued_at
                          FROM tax_record
                         WHERE (seller_tax_id, invoice_number) IN
                               (SELECT * FROM unnest(:sellers::text[], :numbers::text[]))
                           AND visible_at <= now()
                        """)
                .param("sellers", keys.stream().map(InvoiceKey::sellerTaxId).toArray(String[]::new))
                .param("numbers", keys.stream().map(InvoiceKey::invoiceNumber).toArray(String[]::new))
                .query(TaxRecordRows::taxRecord)
                .list();
    }

    /** Whatever the sandbox holds under this key, visible or not; for tests asking what arrived. */
    public List<HeldRecord> held(InvoiceKey key) {
        return jdbc.sql("""
                        SELECT total_amount, issued_at, upload_count, visible_at <= now() AS visible
                          FROM tax_record WHERE seller_tax_id = :seller AND invoice_number = :number
                        """)
                .param("seller", key.sellerTaxId())
                .param("number", key.invoiceNumber())
                .query(HeldRecord.class)
                .list();
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
                .query(TaxRecordRows::taxRecord)
                .list();
    }

    /** The six columns both views select, in order; mapped by hand, as the property mapper's reflection is per row. */
    private static TaxRecord taxRecord(ResultSet row, int number) throws SQLException {
        return new TaxRecord(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.getBigDecimal(4),
                row.getBigDecimal(5),
                row.getObject(6, LocalDateTime.class));
    }

    private static String[] column(List<NewRecord> records, java.util.function.Function<NewRecord, String> field) {
        return records.stream().map(field).toArray(String[]::new);
    }

    private static boolean[] booleans(List<NewRecord> records) {
        boolean[] red = new boolean[records.size()];
        for (int i = 0; i < red.length; i++) {
            red[i] = records.get(i).red();
        }
        return red;
    }

    /** The row as stored after an upload; {@code uploadCount} 1 means this upload created it. */
    public record StoredRecord(InvoiceKey key, String receiptId, String contentHash, int uploadCount) {}

    /** A row as held, visible or not yet. */
    public record HeldRecord(BigDecimal totalAmount, LocalDateTime issuedAt, int uploadCount, boolean visible) {}
}
