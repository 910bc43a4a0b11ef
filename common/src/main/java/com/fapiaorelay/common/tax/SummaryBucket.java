package com.fapiaorelay.common.tax;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One bucket of a {@link TaxSummary}, covering {@code [from, to)}: signed sums (red invoices subtract) and the
 * {@link SummaryChecksum} of its records.
 */
public record SummaryBucket(
        LocalDateTime from,
        LocalDateTime to,
        long count,
        BigDecimal amount,
        BigDecimal tax,
        long blueCount,
        long redCount,
        String checksum) {

    public static SummaryBucket empty(LocalDateTime from, LocalDateTime to) {
        return new SummaryBucket(
                from, to, 0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), 0, 0, SummaryChecksum.EMPTY);
    }

    /** The bucket covering both, adjacent ones: this one first. */
    public SummaryBucket merge(SummaryBucket next) {
        return new SummaryBucket(
                from,
                next.to,
                count + next.count,
                amount.add(next.amount),
                tax.add(next.tax),
                blueCount + next.blueCount,
                redCount + next.redCount,
                SummaryChecksum.add(checksum, next.checksum));
    }
}
