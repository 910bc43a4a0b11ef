package com.fapiaorelay.alert.delivery;

import java.time.Duration;

/** Exponential back-off: the wait after the n-th failed attempt doubles from {@code initial}, capped at {@code max}. */
record Backoff(Duration initial, Duration max) {

    Duration after(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration wait = initial.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
