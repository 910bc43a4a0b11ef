package com.fapiaorelay.common.tax;

import java.time.LocalDateTime;
import java.util.List;

/** A seller's visible records issued in {@code [from, to)}, in equal buckets (docs/tax-interface.md "Summary"). */
public record TaxSummary(String sellerTaxId, LocalDateTime from, LocalDateTime to, List<SummaryBucket> buckets) {

    public TaxSummary {
        buckets = List.copyOf(buckets);
    }

    /** The whole range as one bucket. */
    public SummaryBucket total() {
        return buckets.stream().reduce(SummaryBucket::merge).orElseGet(() -> SummaryBucket.empty(from, to));
    }
}
