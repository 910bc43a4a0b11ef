package com.fapiaorelay.sandbox.signing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Nonces seen within the skew window; older requests are refused by their timestamp, so older nonces can go. */
final class NonceRegistry {

    private static final int PURGE_EVERY = 4096;

    private final Map<String, Long> expiries = new ConcurrentHashMap<>();
    private final AtomicLong uses = new AtomicLong();
    private final long windowMillis;

    NonceRegistry(long windowMillis) {
        this.windowMillis = windowMillis;
    }

    /** True the first time this app uses this nonce within the window. */
    boolean firstUse(String appId, String nonce, long nowMillis) {
        if (uses.incrementAndGet() % PURGE_EVERY == 0) {
            expiries.values().removeIf(expiry -> expiry < nowMillis);
        }
        // Accepted timestamps reach a window into the future, so a nonce must be remembered for two windows.
        Long earlier = expiries.put(appId + '\n' + nonce, nowMillis + 2 * windowMillis);
        return earlier == null || earlier < nowMillis;
    }
}
