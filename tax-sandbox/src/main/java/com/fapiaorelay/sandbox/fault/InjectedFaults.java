package com.fapiaorelay.sandbox.fault;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** How often each fault was injected since start, so a test can assert what the sandbox did. */
public final class InjectedFaults {

    private final Map<Kind, AtomicLong> counts = new EnumMap<>(Kind.class);

    InjectedFaults() {
        for (Kind kind : Kind.values()) {
            counts.put(kind, new AtomicLong());
        }
    }

    void count(Kind kind, long times) {
        counts.get(kind).addAndGet(times);
    }

    Counts counts() {
        return new Counts(
                get(Kind.ERROR),
                get(Kind.HANG),
                get(Kind.RESET),
                get(Kind.STORE_THEN_ERROR),
                get(Kind.SILENT_LOSS),
                get(Kind.DELAY),
                get(Kind.ALTER),
                get(Kind.QUOTA),
                get(Kind.MAINTENANCE),
                get(Kind.RETIRED_VERSION));
    }

    private long get(Kind kind) {
        return counts.get(kind).get();
    }

    public enum Kind {
        ERROR,
        HANG,
        RESET,
        STORE_THEN_ERROR,
        SILENT_LOSS,
        DELAY,
        ALTER,
        QUOTA,
        MAINTENANCE,
        RETIRED_VERSION
    }

    /**
     * Calls refused or cut (errors, hangs, resets, 500s after storing, quota, maintenance, retired version) and
     * invoices affected.
     */
    public record Counts(
            long errors,
            long hangs,
            long resets,
            long storeThenErrors,
            long silentLosses,
            long delayed,
            long altered,
            long quotaRefusals,
            long maintenanceRefusals,
            long retiredVersionRefusals) {}
}
