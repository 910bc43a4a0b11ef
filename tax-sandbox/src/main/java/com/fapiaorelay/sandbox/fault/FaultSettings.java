package com.fapiaorelay.sandbox.fault;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which faults the sandbox injects (docs/tax-interface.md "The sandbox"): {@code fapiao.sandbox.faults.*} at start,
 * {@code PUT /sandbox/faults} at run time, or the comma form {@code error-rate=0.05,seed=7} of {@link #parse}.
 */
@ConfigurationProperties("fapiao.sandbox.faults")
public record FaultSettings(
        @DefaultValue("0") long latencyMs,
        @DefaultValue("0") double errorRate,
        @DefaultValue("0") double hangRate,
        @DefaultValue("0") double resetRate,
        @DefaultValue("0") double storeThenErrorRate,
        @DefaultValue("0") double silentLossRate,
        @DefaultValue("0") double delayRate,
        @DefaultValue("0") double alterRate,
        @DefaultValue("0") int quotaPerSecond,
        @DefaultValue("0") int sellerQuotaPerSecond,
        @DefaultValue("15000") long hangMs,
        @DefaultValue("60000") long delayMs,
        @DefaultValue("0") long maintenanceMs,
        @DefaultValue("false") boolean v1Retired,
        @DefaultValue("42") long seed) {

    public static final FaultSettings NONE = parse("");

    public FaultSettings {
        for (double rate :
                new double[] {errorRate, hangRate, resetRate, storeThenErrorRate, silentLossRate, delayRate, alterRate
                }) {
            if (rate < 0 || rate > 1) {
                throw new IllegalArgumentException("a fault rate is a share between 0 and 1, was " + rate);
            }
        }
        if (latencyMs < 0 || quotaPerSecond < 0 || sellerQuotaPerSecond < 0 || maintenanceMs < 0) {
            throw new IllegalArgumentException("latency, quotas and maintenance must not be negative");
        }
        if (hangMs <= 0 || delayMs <= 0) {
            throw new IllegalArgumentException("hang-ms and delay-ms must be positive");
        }
    }

    /** Parses {@code name=value} pairs separated by commas; names as in {@link #asMap()}, absent ones default. */
    public static FaultSettings parse(String settings) {
        Map<String, String> values = new LinkedHashMap<>();
        Arrays.stream(settings.split(","))
                .map(String::trim)
                .filter(pair -> !pair.isEmpty())
                .forEach(pair -> {
                    int equals = pair.indexOf('=');
                    if (equals <= 0) {
                        throw new IllegalArgumentException("fault setting must be name=value, was " + pair);
                    }
                    values.put(
                            pair.substring(0, equals).trim(),
                            pair.substring(equals + 1).trim());
                });
        return of(values);
    }

    /** From names and values; unknown names are refused, so a typo cannot silently switch nothing on. */
    public static FaultSettings of(Map<String, String> values) {
        return FaultSettingNames.build(values);
    }

    /** Every setting by its name in the comma form, which is also its configuration property name. */
    public Map<String, String> asMap() {
        return FaultSettingNames.describe(this);
    }

    @Override
    public String toString() {
        return FaultSettingNames.commaForm(this);
    }
}
