package com.fapiaorelay.common.tax;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The equal split of {@code [from, to)} into N buckets: with T the range in milliseconds, bucket i starts
 * {@code ceil(i·T/N)} ms after {@code from}, so a time d ms after {@code from} falls in bucket {@code floor(d·N/T)}.
 */
public record SummaryBuckets(LocalDateTime from, LocalDateTime to, int count) {

    public SummaryBuckets {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("summary range must not be empty: " + from + " .. " + to);
        }
        if (count < 1) {
            throw new IllegalArgumentException("at least one bucket, was " + count);
        }
    }

    public long rangeMillis() {
        return Duration.between(from, to).toMillis();
    }

    public LocalDateTime start(int index) {
        long offset = -Math.floorDiv(-Math.multiplyExact(index, rangeMillis()), (long) count);
        return index == count ? to : from.plus(Duration.ofMillis(offset));
    }

    public int indexOf(LocalDateTime time) {
        long offset = Duration.between(from, time).toMillis();
        return (int) Math.floorDiv(Math.multiplyExact(offset, (long) count), rangeMillis());
    }

    /** Every bucket empty, to be filled with what the records hold. */
    public List<SummaryBucket> empty() {
        return IntStream.range(0, count)
                .mapToObj(i -> SummaryBucket.empty(start(i), start(i + 1)))
                .toList();
    }
}
