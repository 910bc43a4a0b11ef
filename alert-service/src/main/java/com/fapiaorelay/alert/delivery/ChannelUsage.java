package com.fapiaorelay.alert.delivery;

import java.time.Duration;
import java.util.Optional;

/** A channel's attempts in the last second and minute, and when the oldest of each leaves its window. */
record ChannelUsage(int lastSecond, int lastMinute, long secondFreesInMillis, long minuteFreesInMillis) {

    private static final Duration LEAST_WAIT = Duration.ofMillis(50);

    /** How long the next message must wait to stay within the limit; empty when it may go now. */
    Optional<Duration> waitUnder(RateLimit limit) {
        if (limit.perMinute() != null && lastMinute >= limit.perMinute()) {
            return Optional.of(atLeast(minuteFreesInMillis));
        }
        if (limit.perSecond() != null && lastSecond >= limit.perSecond()) {
            return Optional.of(atLeast(secondFreesInMillis));
        }
        return Optional.empty();
    }

    private static Duration atLeast(long millis) {
        Duration wait = Duration.ofMillis(millis);
        return wait.compareTo(LEAST_WAIT) < 0 ? LEAST_WAIT : wait;
    }
}
