package com.fapiaorelay.sync.reconcile;

import com.fapiaorelay.common.tax.SummaryBucket;
import java.util.List;

/** What one reconciliation found: both sides' totals for the day, every discrepancy, and what it cost. */
record Findings(SummaryBucket ourTotal, SummaryBucket theirTotal, List<Discrepancy> discrepancies, int remoteCalls) {

    long count(DiscrepancyKind kind) {
        return discrepancies.stream().filter(d -> d.kind() == kind).count();
    }
}
