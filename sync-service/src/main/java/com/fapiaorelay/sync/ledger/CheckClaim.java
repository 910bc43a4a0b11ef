package com.fapiaorelay.sync.ledger;

import java.util.List;
import java.util.UUID;

/**
 * The invoices one confirmation round holds under a lease. {@code token} fences the round's records: once the lease
 * ran out and another round claimed an invoice, nothing this round records for it lands.
 */
public record CheckClaim(UUID token, List<DueInvoice> invoices) {

    public boolean isEmpty() {
        return invoices.isEmpty();
    }
}
