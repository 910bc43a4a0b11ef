package com.fapiaorelay.sync.reconcile;

import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.tax.SummaryBucket;
import com.fapiaorelay.common.tax.SummaryBuckets;
import com.fapiaorelay.common.tax.SummaryChecksum;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Sums invoices into the buckets of a split exactly as the tax interface does, checksum included. */
final class BucketTally {

    private final SummaryBuckets split;
    private final long[] counts;
    private final long[] reds;
    private final long[] checksums;
    private final BigDecimal[] amounts;
    private final BigDecimal[] taxes;

    BucketTally(SummaryBuckets split) {
        this.split = split;
        int n = split.count();
        counts = new long[n];
        reds = new long[n];
        checksums = new long[n];
        amounts = new BigDecimal[n];
        taxes = new BigDecimal[n];
        Arrays.fill(amounts, BigDecimal.ZERO.setScale(2));
        Arrays.fill(taxes, BigDecimal.ZERO.setScale(2));
    }

    void add(String invoiceNumber, InvoiceFigures figures) {
        int i = split.indexOf(figures.issuedAt());
        counts[i]++;
        amounts[i] = amounts[i].add(figures.totalAmount());
        taxes[i] = taxes[i].add(figures.totalTax());
        if (figures.totalAmount().signum() < 0) {
            reds[i]++;
        }
        checksums[i] +=
                SummaryChecksum.term(invoiceNumber, figures.totalAmount(), figures.totalTax(), figures.issuedAt());
    }

    List<SummaryBucket> buckets() {
        List<SummaryBucket> empty = split.empty();
        List<SummaryBucket> buckets = new ArrayList<>(empty.size());
        for (int i = 0; i < empty.size(); i++) {
            buckets.add(new SummaryBucket(
                    empty.get(i).from(),
                    empty.get(i).to(),
                    counts[i],
                    amounts[i],
                    taxes[i],
                    counts[i] - reds[i],
                    reds[i],
                    SummaryChecksum.format(checksums[i])));
        }
        return buckets;
    }
}
