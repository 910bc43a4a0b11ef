package com.fapiaorelay.sync.reconcile;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.tax.SummaryBucket;
import com.fapiaorelay.common.tax.SummaryBuckets;
import com.fapiaorelay.common.tax.TaxInterface;
import com.fapiaorelay.common.tax.TaxRecord;
import com.fapiaorelay.common.tax.TaxRecordPage;
import java.time.LocalDateTime;
import java.util.List;

/** The tax side through the tax interface, for one seller. */
final class RemoteTaxSide implements TaxSide {

    private final TaxInterface tax;
    private final String sellerTaxId;

    RemoteTaxSide(TaxInterface tax, String sellerTaxId) {
        this.tax = tax;
        this.sellerTaxId = sellerTaxId;
    }

    @Override
    public List<SummaryBucket> summarize(SummaryBuckets split) {
        return tax.summarize(sellerTaxId, split.from(), split.to(), split.count())
                .buckets();
    }

    @Override
    public List<TaxRecord> lookup(List<InvoiceKey> keys) {
        return tax.lookup(keys);
    }

    @Override
    public TaxRecordPage list(LocalDateTime from, LocalDateTime to, String cursor, int pageSize) {
        return tax.list(sellerTaxId, from, to, cursor, pageSize);
    }
}
