package com.fapiaorelay.sandbox.fault;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Counts per key in fixed one-second windows; a request is admitted whole or not at all. */
final class QuotaWindows {

    private final Clock clock;
    private final Map<String, Long> used = new HashMap<>();
    private long second;

    QuotaWindows(Clock clock) {
        this.clock = clock;
    }

    synchronized boolean admits(Map<String, Integer> wanted, int perSecond) {
        if (perSecond == 0) {
            return true;
        }
        long now = clock.millis() / 1000;
        if (now != second) {
            second = now;
            used.clear();
        }
        boolean fits =
                wanted.entrySet().stream().allMatch(e -> used.getOrDefault(e.getKey(), 0L) + e.getValue() <= perSecond);
        if (fits) {
            wanted.forEach((key, count) -> used.merge(key, (long) count, Long::sum));
        }
        return fits;
    }
}
