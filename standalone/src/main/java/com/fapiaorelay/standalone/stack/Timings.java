package com.fapiaorelay.standalone.stack;

import java.util.HashMap;
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
            Map.entry("fapiao.sync.declarations.grace", "10s"),
            Map.entry("fapiao.sync.declarations.recheck", "2s"),
            Map.entry("fapiao.alert.grouping.window", "5s"));

    private Timings() {}

    /** The demo's timings with {@code extra} on top. */
    public static Map<String, String> demoWith(Map<String, String> extra) {
        var merged = new HashMap<>(DEMO);
        merged.putAll(extra);
        return Map.copyOf(merged);
    }
}
