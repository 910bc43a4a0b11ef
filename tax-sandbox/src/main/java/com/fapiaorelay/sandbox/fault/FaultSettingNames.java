package com.fapiaorelay.sandbox.fault;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The comma form's names, which are also the property names under {@code fapiao.sandbox.faults}. */
final class FaultSettingNames {

    static final List<String> NAMES = List.of(
            "latency-ms",
            "error-rate",
            "hang-rate",
            "reset-rate",
            "store-then-error-rate",
            "silent-loss-rate",
            "delay-rate",
            "alter-rate",
            "quota-per-second",
            "seller-quota-per-second",
            "hang-ms",
            "delay-ms",
            "maintenance-ms",
            "v1-retired",
            "seed");

    private static final Map<String, String> DEFAULTS = defaults();

    private FaultSettingNames() {}

    static FaultSettings build(Map<String, String> given) {
        given.keySet().stream()
                .filter(name -> !NAMES.contains(name))
                .findFirst()
                .ifPresent(name -> {
                    throw new IllegalArgumentException("unknown fault setting " + name + ", known: " + NAMES);
                });
        Map<String, String> v = new LinkedHashMap<>(DEFAULTS);
        v.putAll(given);
        try {
            return new FaultSettings(
                    Long.parseLong(v.get("latency-ms")),
                    Double.parseDouble(v.get("error-rate")),
                    Double.parseDouble(v.get("hang-rate")),
                    Double.parseDouble(v.get("reset-rate")),
                    Double.parseDouble(v.get("store-then-error-rate")),
                    Double.parseDouble(v.get("silent-loss-rate")),
                    Double.parseDouble(v.get("delay-rate")),
                    Double.parseDouble(v.get("alter-rate")),
                    Integer.parseInt(v.get("quota-per-second")),
                    Integer.parseInt(v.get("seller-quota-per-second")),
                    Long.parseLong(v.get("hang-ms")),
                    Long.parseLong(v.get("delay-ms")),
                    Long.parseLong(v.get("maintenance-ms")),
                    parseBoolean(v.get("v1-retired")),
                    Long.parseLong(v.get("seed")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("fault setting is not a number: " + e.getMessage(), e);
        }
    }

    static Map<String, String> describe(FaultSettings s) {
        List<Object> values = List.of(
                s.latencyMs(),
                s.errorRate(),
                s.hangRate(),
                s.resetRate(),
                s.storeThenErrorRate(),
                s.silentLossRate(),
                s.delayRate(),
                s.alterRate(),
                s.quotaPerSecond(),
                s.sellerQuotaPerSecond(),
                s.hangMs(),
                s.delayMs(),
                s.maintenanceMs(),
                s.v1Retired(),
                s.seed());
        Map<String, String> described = new LinkedHashMap<>();
        for (int i = 0; i < NAMES.size(); i++) {
            described.put(NAMES.get(i), String.valueOf(values.get(i)));
        }
        return described;
    }

    static String commaForm(FaultSettings settings) {
        return describe(settings).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    private static boolean parseBoolean(String value) {
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("v1-retired is true or false, was " + value);
        }
        return Boolean.parseBoolean(value);
    }

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        NAMES.forEach(name -> defaults.put(name, "0"));
        defaults.put("hang-ms", "15000");
        defaults.put("delay-ms", "60000");
        defaults.put("v1-retired", "false");
        defaults.put("seed", "42");
        return defaults;
    }
}
