package com.fapiaorelay.upload.config;

import java.time.Duration;
import java.util.function.IntFunction;

/** How long one call to the tax interface may take at worst, from the configured timeouts and channel. */
public final class TaxTimeouts {

    private final IntFunction<Duration> longestCall;

    TaxTimeouts(IntFunction<Duration> longestCall) {
        this.longestCall = longestCall;
    }

    /** The slowest an upload of {@code invoices} can be, look-ups included. */
    public Duration longestCall(int invoices) {
        return longestCall.apply(invoices);
    }
}
