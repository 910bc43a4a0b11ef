package com.fapiaorelay.standalone;

import java.util.Map;

/** Timings in seconds instead of hours, so that a demo with faults still ends in minutes. */
public final class Timings {

    public static final Map<String, String> DEMO = Map.ofEntries(
            Map.entry("fapiao.upload.retry.initial-backoff", "500ms"),
            Map.entry("fapiao.upload.retry.max-backoff", "5s"),
            Map.entry("fapiao.upload.retry.budget", "2m"),
            Map.entry("fapiao.sync.confirmation.interval", "200ms"),
            Map.entry("fapiao.sync.confirmation.visibility-delay", "500ms"),
            Map.entry("fapiao.sync.confirmation.initial-backoff", "500ms"),
            Map.entry("fapiao.sync.confirmation.max-backoff", "3s"),
            Map.entry("fapiao.sync.confirmation.deadline", "20s"),
            Map.entry("fapiao.sync.stuck.sla", "5m"),
            Map.entry("fapiao.alert.grouping.window", "5s"));

    /** The demo's timings with the sandbox answering each batch in 20 ms, and larger batches for throughput. */
    public static final Map<String, String> BENCH = withDemo(Map.of(
            "fapiao.sandbox.batch-latency", Bench.SANDBOX_LATENCY_MS + "ms",
            "fapiao.upload.batch-size", "500",
            "fapiao.sync.confirmation.batch-size", "500",
            "fapiao.outbox.batch-size", "1000"));

    private Timings() {}

    private static Map<String, String> withDemo(Map<String, String> extra) {
        var merged = new java.util.HashMap<>(DEMO);
        merged.putAll(extra);
        return Map.copyOf(merged);
    }
}
