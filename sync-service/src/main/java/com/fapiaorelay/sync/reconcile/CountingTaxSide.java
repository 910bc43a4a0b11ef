package com.fapiaorelay.sync.reconcile;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.tax.SummaryBucket;
import com.fapiaorelay.common.tax.SummaryBuckets;
import com.fapiaorelay.common.tax.TaxRecord;
import com.fapiaorelay.common.tax.TaxRecordPage;
import java.time.LocalDateTime;
import java.util.List;

/** Counts the remote calls one reconciliation makes, whatever the tax side behind it. */
final class CountingTaxSide implements TaxSide {

    private final TaxSide delegate;
    private int calls;

    CountingTaxSide(TaxSide delegate) {
        this.delegate = delegate;
    }

    int calls() {
        return calls;
    }

    @Override
    public List<SummaryBucket> summarize(SummaryBuckets split) {
        calls++;
        return delegate.summarize(split);
    }

    @Override
    public List<TaxRecord> lookup(List<InvoiceKey> keys) {
        calls++;
        return delegate.lookup(keys);
    }

    @Override
    public TaxRecordPage list(LocalDateTime from, LocalDateTime to, String cursor, int pageSize) {
        calls++;
        return delegate.list(from, to, cursor, pageSize);
    }
}
