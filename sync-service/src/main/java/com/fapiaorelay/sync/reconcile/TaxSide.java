package com.fapiaorelay.sync.reconcile;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.tax.SummaryBucket;
import com.fapiaorelay.common.tax.SummaryBuckets;
import com.fapiaorelay.common.tax.TaxRecord;
import com.fapiaorelay.common.tax.TaxRecordPage;
import java.time.LocalDateTime;
import java.util.List;

/** The tax system's view of the seller and day being reconciled; every call is one remote call. */
interface TaxSide {

    List<SummaryBucket> summarize(SummaryBuckets split);

    /** At most {@link #MAX_KEYS} keys per call. */
    List<TaxRecord> lookup(List<InvoiceKey> keys);

    /** One page of the records issued in {@code [from, to)}, within the day, in invoice-number order. */
    TaxRecordPage list(LocalDateTime from, LocalDateTime to, String cursor, int pageSize);

    int MAX_KEYS = 1000;
}
