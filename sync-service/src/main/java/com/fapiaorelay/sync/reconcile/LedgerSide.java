package com.fapiaorelay.sync.reconcile;

import com.fapiaorelay.common.tax.SummaryBucket;
import com.fapiaorelay.common.tax.SummaryBuckets;
import com.fapiaorelay.sync.ledger.LedgerEntry;
import com.fapiaorelay.sync.ledger.LedgerRecordRows;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

/** Our side from the ledger, summarised here with common's bucket and checksum rules so both sides agree exactly. */
final class LedgerSide implements OurSide {

    private final LedgerRecordRows ledger;
    private final String sellerTaxId;

    LedgerSide(LedgerRecordRows ledger, String sellerTaxId) {
        this.ledger = ledger;
        this.sellerTaxId = sellerTaxId;
    }

    @Override
    public List<SummaryBucket> summarize(SummaryBuckets split) {
        BucketTally tally = new BucketTally(split);
        ledger.forEachIssued(
                sellerTaxId,
                split.from(),
                split.to(),
                RecordDiff.BELIEVED_IN_TAX,
                entry -> tally.add(entry.key().invoiceNumber(), entry.figures()));
        return tally.buckets();
    }

    @Override
    public List<LedgerEntry> issued(LocalDateTime from, LocalDateTime to) {
        return ledger.issued(sellerTaxId, from, to);
    }

    @Override
    public List<LedgerEntry> find(Collection<String> invoiceNumbers) {
        return ledger.find(sellerTaxId, invoiceNumbers);
    }
}
