package com.fapiaorelay.console.backend;

import com.fapiaorelay.common.invoice.InvoiceState;
import java.util.Map;

/** How many invoices are in each state for a seller (or all) and an issue-date range. */
public record StateCounts(Map<InvoiceState, Long> byState, long total) {

    public long of(InvoiceState state) {
        return byState.getOrDefault(state, 0L);
    }

    public long needingHuman() {
        return byState.entrySet().stream()
                .filter(entry -> entry.getKey().needsHuman())
                .mapToLong(Map.Entry::getValue)
                .sum();
    }
}
