package com.fapiaorelay.sync.reconcile;

import com.fapiaorelay.common.tax.SummaryBucket;
import com.fapiaorelay.common.tax.SummaryBuckets;
import com.fapiaorelay.sync.ledger.LedgerEntry;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

/** Our ledger's invoices of the seller being reconciled; local reads, no remote calls. */
interface OurSide {

    /** The invoices we believe are in the tax system, bucketed exactly as the tax interface buckets its own. */
    List<SummaryBucket> summarize(SummaryBuckets split);

    /** Every invoice issued in {@code [from, to)}, whatever its state. */
    List<LedgerEntry> issued(LocalDateTime from, LocalDateTime to);

    /** The invoices we hold among these numbers, issued whenever. */
    List<LedgerEntry> find(Collection<String> invoiceNumbers);
}
