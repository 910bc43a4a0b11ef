package com.fapiaorelay.sandbox.fault;

import java.time.Duration;
import java.util.Random;

/** A log-normal latency around a median: most calls near it, a long tail (p99 about ten times the median). */
final class Latency {

    private static final double SIGMA = 1.0;
    private static final double CAP = 20;

    private Latency() {}

    static Duration draw(Random random, long medianMs) {
        if (medianMs == 0) {
            return Duration.ZERO;
        }
        double factor = Math.min(Math.exp(SIGMA * random.nextGaussian()), CAP);
        return Duration.ofMillis(Math.round(medianMs * factor));
    }
}
