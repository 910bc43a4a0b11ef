package com.fapiaorelay.upload.upload;

import java.time.Duration;

/**
 * How long an upload claim holds its invoices: at least a round at its slowest, a look-up and an upload each taking
 * the tax interface's {@code longestCall}, so that no other worker claims an invoice while a call about it may still
 * be under way. Left unconfigured it is exactly that; configured shorter, the service refuses to start.
 */
record RoundLease(Duration duration, Duration longestCall) {

    private static final int CALLS_PER_ROUND = 2;

    static RoundLease of(Duration configured, Duration longestCall) {
        Duration slowestRound = longestCall.multipliedBy(CALLS_PER_ROUND);
        if (configured == null) {
            return new RoundLease(slowestRound, longestCall);
        }
        if (configured.compareTo(slowestRound) < 0) {
            throw new IllegalStateException("fapiao.upload.lease=" + configured
                    + " is shorter than an upload round at its"
                    + " slowest, " + slowestRound + " (a look-up and an upload of " + longestCall + " each, from"
                    + " fapiao.tax.connect-timeout and request-timeout): raise it, or leave it unset to derive it");
        }
        return new RoundLease(configured, longestCall);
    }

    /**
     * Whether an upload started now ends inside a lease taken at {@code claimedAtNanos} ({@link System#nanoTime()},
     * read before the claim, so this errs early): a worker that took too long must not send what another may claim.
     */
    boolean leavesTimeToSend(long claimedAtNanos) {
        return claimedAtNanos + duration.toNanos() - System.nanoTime() >= longestCall.toNanos();
    }
}
