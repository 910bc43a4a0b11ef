package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.invoice.InvoiceState;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Counts over a seller's invoices issued on one day, for the daily report. */
@Component
public class LedgerStatistics {

    private final LedgerQueryRows queries;

    LedgerStatistics(LedgerQueryRows queries) {
        this.queries = queries;
    }

    public Map<InvoiceState, Long> countByState(String sellerTaxId, LocalDate day) {
        return queries.countByState(new LedgerFilter(Set.of(sellerTaxId), null, day, day));
    }

    /** Confirmed after at least one re-upload round: lost on the way and recovered without a human. */
    public long recoveredAutomatically(String sellerTaxId, LocalDate day) {
        return queries.recoveredAutomatically(sellerTaxId, day);
    }
}
