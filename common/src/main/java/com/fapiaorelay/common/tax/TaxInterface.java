package com.fapiaorelay.common.tax;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import java.time.LocalDateTime;
import java.util.List;

/** What upload-service and sync-service need from a tax interface; one implementation per provider. */
public interface TaxInterface {

    /** Uploads a batch; answers one result per invoice, in the same order. Never throws for remote failures. */
    List<UploadResult> upload(List<Invoice> invoices);

    /**
     * Uploads invoices held with their JSON text, like {@link #upload}; a channel whose wire carries our JSON (the
     * reference protocol) sends the text as it is, any other (乐企 builds its own signed and encrypted form) the
     * invoices.
     */
    default List<UploadResult> uploadStored(List<StoredInvoice> invoices) {
        return upload(invoices.stream().map(StoredInvoice::invoice).toList());
    }

    /** Looks invoices up; answers the records the tax system shows, absent keys are simply not in the list. */
    List<TaxRecord> lookup(List<InvoiceKey> keys);

    /** A seller's records issued in {@code [from, to)}, split into {@code buckets} equal {@link SummaryBuckets}. */
    TaxSummary summarize(String sellerTaxId, LocalDateTime from, LocalDateTime to, int buckets);

    /**
     * One page of the records a seller issued in {@code [from, to)}, a range within one day, in invoice-number order;
     * start with a null cursor. A page may hold fewer than {@code pageSize} records and still have a next one.
     */
    TaxRecordPage list(String sellerTaxId, LocalDateTime from, LocalDateTime to, String cursor, int pageSize);

    /** What this channel answers; callers do not ask what it lacks. */
    default TaxCapabilities capabilities() {
        return TaxCapabilities.ALL;
    }
}
