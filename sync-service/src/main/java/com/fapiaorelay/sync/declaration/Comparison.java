package com.fapiaorelay.sync.declaration;

import com.fapiaorelay.sync.ledger.ReceivedTotals;
import java.util.List;

/** A declaration against what the ledger received: the totals, and the listed invoices that never arrived. */
record Comparison(Declaration declared, ReceivedTotals received, List<String> missingNumbers) {

    boolean matches() {
        return declared.invoiceCount() == received.count()
                && declared.totalAmount().compareTo(received.amount()) == 0
                && declared.totalTax().compareTo(received.tax()) == 0
                && missingNumbers.isEmpty();
    }

    /** Invoices the ERP issued that we lack, rather than figures that merely differ. */
    boolean shortfall() {
        return received.count() < declared.invoiceCount() || !missingNumbers.isEmpty();
    }
}
