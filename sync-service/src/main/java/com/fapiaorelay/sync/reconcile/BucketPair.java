package com.fapiaorelay.sync.reconcile;

import com.fapiaorelay.common.tax.SummaryBucket;
import com.fapiaorelay.common.tax.SummaryChecksum;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The same time range summarised by both sides. */
record BucketPair(SummaryBucket ours, SummaryBucket theirs) {

    static List<BucketPair> zip(List<SummaryBucket> ours, List<SummaryBucket> theirs) {
        if (ours.size() != theirs.size()) {
            throw new IllegalStateException(
                    "the tax interface answered " + theirs.size() + " buckets, we computed " + ours.size());
        }
        List<BucketPair> pairs = new ArrayList<>(ours.size());
        for (int i = 0; i < ours.size(); i++) {
            pairs.add(new BucketPair(ours.get(i), theirs.get(i)));
        }
        return pairs;
    }

    LocalDateTime from() {
        return theirs.from();
    }

    LocalDateTime to() {
        return theirs.to();
    }

    boolean differs() {
        return ours.count() != theirs.count()
                || ours.amount().compareTo(theirs.amount()) != 0
                || ours.tax().compareTo(theirs.tax()) != 0
                || SummaryChecksum.parse(ours.checksum()) != SummaryChecksum.parse(theirs.checksum());
    }

    /** Small enough to compare invoice by invoice: each side holds at most {@code limit}. */
    boolean holdsAtMost(long limit) {
        return Math.max(ours.count(), theirs.count()) <= limit;
    }

    /** Issue times have whole seconds, so a range of a second cannot be told apart any further. */
    boolean indivisible() {
        return Duration.between(from(), to()).toMillis() <= 1000;
    }

    boolean contains(LocalDateTime time) {
        return !time.isBefore(from()) && time.isBefore(to());
    }
}
