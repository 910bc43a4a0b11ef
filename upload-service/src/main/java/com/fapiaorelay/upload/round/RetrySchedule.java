package com.fapiaorelay.upload.round;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/** When to try again after a retryable answer, and when to stop trying. */
class RetrySchedule {

    private final UploadProperties.Retry retry;

    RetrySchedule(UploadProperties.Retry retry) {
        this.retry = retry;
    }

    /** The next attempt after {@code attempts} failures: doubling, jittered, capped, never before {@code asked}. */
    Instant nextAttempt(Instant now, int attempts, Duration asked) {
        long base = retry.initialBackoff().toMillis() << Math.min(attempts - 1, 20);
        long capped = Math.min(base, retry.maxBackoff().toMillis());
        double jitter = 1 + retry.jitter() * (2 * ThreadLocalRandom.current().nextDouble() - 1);
        long wait = Math.max((long) (capped * jitter), asked == null ? 0 : asked.toMillis());
        return now.plusMillis(wait);
    }

    boolean budgetSpent(Instant firstAttempt, Instant now) {
        return firstAttempt != null && firstAttempt.plus(retry.budget()).isBefore(now);
    }
}
