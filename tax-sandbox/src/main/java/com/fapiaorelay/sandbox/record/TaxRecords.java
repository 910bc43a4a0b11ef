package com.fapiaorelay.sandbox.record;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.tax.TaxRecord;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sandbox's store: one row per invoice number, with upload counters that expose duplicate uploads. */
@Repository
public class TaxRecords {

    private final JdbcClient jdbc;

    TaxRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the invoice unless held already; answers the stored row either way and counts the upload. */
    public StoredRecord store(Invoice invoice, String contentHash, String receiptId) {
        return jdbc.sql("""
                        INSERT INTO tax_record (seller_tax_id, invoice_number, receipt_id, content_hash,
                                                total_amount, total_tax, issued_at)
                        VALUES (:seller, :number, :receipt, :hash, :amount, :tax, :issuedAt)
                        ON CONFLICT (seller_tax_id, invoice_number) DO UPDATE
                           SET upload_count = tax_record.upload_count + 1,
                               duplicate_count = tax_record.duplicate_count
                                   + CASE WHEN tax_record.content_hash = :hash THEN 1 ELSE 0 END
                        RETURNING receipt_id, content_hash, upload_count
                        """)
                .param("seller", invoice.sellerTaxId())
                .param("number", invoice.invoiceNumber())
                .param("receipt", receiptId)
                .param("hash", contentHash)
                .param("amount", invoice.totalAmount())
                .param("tax", invoice.totalTax())
                .param("issuedAt", invoice.issuedAt())
                .query(StoredRecord.class)
                .single();
    }

    public List<TaxRecord> find(List<InvoiceKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT seller_tax_id, invoice_number, receipt_id, total_amount, total_tax, issued_at
                          FROM tax_record
                         WHERE (seller_tax_id, invoice_number) IN
                               (SELECT * FROM unnest(:sellers::text[], :numbers::text[]))
                        """)
                .param("sellers", keys.stream().map(InvoiceKey::sellerTaxId).toArray(String[]::new))
                .param("numbers", keys.stream().map(InvoiceKey::invoiceNumber).toArray(String[]::new))
                .query(TaxRecord.class)
                .list();
    }

    public UploadStatistics statistics() {
        return jdbc.sql("""
                        SELECT count(*) AS records,
                               coalesce(sum(upload_count), 0) AS uploads,
                               coalesce(sum(upload_count - 1), 0) AS repeated_uploads,
                               count(*) FILTER (WHERE upload_count > 1) AS invoices_uploaded_more_than_once
                          FROM tax_record
                        """).query(UploadStatistics.class).single();
    }

    /** The row as stored after an upload; {@code uploadCount} 1 means this upload created it. */
    public record StoredRecord(String receiptId, String contentHash, int uploadCount) {}

    /** Totals that let a test or the demo prove nothing was uploaded twice. */
    public record UploadStatistics(
            long records, long uploads, long repeatedUploads, long invoicesUploadedMoreThanOnce) {}
}
