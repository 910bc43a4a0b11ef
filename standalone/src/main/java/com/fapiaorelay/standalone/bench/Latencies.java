package com.fapiaorelay.standalone.bench;

import java.util.Arrays;

/** Latencies in nanoseconds, kept whole, so percentiles are exact. */
final class Latencies {

    private long[] values = new long[1024];
    private int size;

    synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    synchronized int count() {
        return size;
    }

    /** The {@code percentile} (0-100) in milliseconds, or 0 with no samples. */
    synchronized double percentileMillis(double percentile) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100 * size) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
