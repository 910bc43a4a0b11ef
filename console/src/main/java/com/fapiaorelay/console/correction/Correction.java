package com.fapiaorelay.console.correction;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import java.time.OffsetDateTime;

/**
 * A correction request: the invoice as the clerk entered it and, unless re-entered from a blank form, the original
 * it replaces with the state that original was in. Reviewed once, by someone other than its author.
 */
public record Correction(
        long id,
        InvoiceKey originalKey,
        InvoiceState originalState,
        Invoice original,
        Invoice invoice,
        String author,
        String note,
        OffsetDateTime createdAt,
        Status status,
        String reviewer,
        String reviewComment,
        OffsetDateTime reviewedAt,
        String entryOutcome) {

    enum Status {
        PENDING,
        APPROVED,
        REJECTED
    }

    public boolean pending() {
        return status == Status.PENDING;
    }

    /** Whether {@code person} may approve or reject it: a pending correction, and not their own. */
    boolean reviewableBy(String person) {
        return pending() && !author.equals(person);
    }
}
