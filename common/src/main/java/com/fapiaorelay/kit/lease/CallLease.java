package com.fapiaorelay.kit.lease;

import java.time.Duration;

/**
 * How long a round's claim holds its rows while it calls the tax interface outside any transaction: at least the
 * round's calls at their slowest ({@code longestCall} each), so no other instance claims a row while a call about it
 * may still be under way. Left unconfigured it is exactly that; configured shorter, the service refuses to start.
 */
public record CallLease(Duration duration, Duration longestCall) {

    /** {@code property} names the setting in the refusal, so ops know which one to raise. */
    public static CallLease of(String property, Duration configured, Duration longestCall, int callsPerRound) {
        Duration slowestRound = longestCall.multipliedBy(callsPerRound);
        if (configured == null) {
            return new CallLease(slowestRound, longestCall);
        }
        if (configured.compareTo(slowestRound) < 0) {
            throw new IllegalStateException(property + "=" + configured + " is shorter than a round at its slowest, "
                    + slowestRound + " (" + callsPerRound + " calls of " + longestCall + " each, from"
                    + " fapiao.tax.connect-timeout and request-timeout): raise it, or leave it unset to derive it");
        }
        return new CallLease(configured, longestCall);
    }

    /**
     * Whether a call started now ends inside a lease taken at {@code claimedAtNanos} ({@link System#nanoTime()}, read
     * before the claim, so this errs early): a round that took too long must not send what another may claim.
     */
    public boolean leavesTimeForCall(long claimedAtNanos) {
        return claimedAtNanos + duration.toNanos() - System.nanoTime() >= longestCall.toNanos();
    }
}
