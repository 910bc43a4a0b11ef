package com.fapiaorelay.upload.submission;

import java.util.List;
import java.util.UUID;

/**
 * The invoices one upload round holds, under a lease. {@code token} fences the round's writes: once the lease ran
 * out and another round claimed an invoice, nothing this round records for it lands.
 */
public record Claim(UUID token, List<Submission> submissions) {

    public boolean isEmpty() {
        return submissions.isEmpty();
    }
}
