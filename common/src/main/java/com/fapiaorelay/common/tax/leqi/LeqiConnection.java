package com.fapiaorelay.common.tax.leqi;

import java.net.URI;
import java.time.Duration;

/**
 * The 乐企 part of a service's tax configuration ({@code fapiao.tax.leqi.*}), bound by each service; absent values
 * take the development identity, which {@link LeqiSettings} accepts only on the sandbox path.
 */
public record LeqiConnection(
        String accessUnit,
        String userUnit,
        String sm4Key,
        Boolean sandbox,
        String caseCode,
        String ip,
        String mac,
        String regionCode,
        Integer batchLimit,
        Duration pollDeadline,
        Duration maxPoll) {

    /** Nothing configured: the development identity on the sandbox path, default limits. */
    public static final LeqiConnection DEFAULTS =
            new LeqiConnection(null, null, null, null, null, null, null, null, null, null, null);

    /** The same unit on the sandbox path with the sandbox flag: the canary's simulated upload. */
    public LeqiConnection onSandboxPath() {
        return new LeqiConnection(
                accessUnit, userUnit, sm4Key, true, caseCode, ip, mac, regionCode, batchLimit, pollDeadline, maxPoll);
    }

    public LeqiSettings settings(URI baseUrl, Duration connectTimeout, Duration requestTimeout) {
        LeqiSettings.Timing defaults = LeqiSettings.Timing.DEFAULT;
        return new LeqiSettings(
                baseUrl,
                or(accessUnit, LeqiSettings.DEVELOPMENT_ACCESS_UNIT),
                or(userUnit, LeqiSettings.DEVELOPMENT_USER_UNIT),
                or(sm4Key, LeqiSettings.DEVELOPMENT_SM4_KEY),
                sandbox == null || sandbox,
                caseCode,
                new LeqiSettings.Device(or(ip, ""), or(mac, ""), or(regionCode, "")),
                batchLimit == null ? 50 : batchLimit,
                new LeqiSettings.Timing(
                        connectTimeout,
                        requestTimeout,
                        defaults.firstPoll(),
                        or(maxPoll, defaults.maxPoll()),
                        or(pollDeadline, defaults.pollDeadline())));
    }

    private static <T> T or(T value, T fallback) {
        return value == null || "".equals(value) ? fallback : value;
    }

    @Override
    public String toString() {
        return "LeqiConnection[accessUnit=" + accessUnit + ", userUnit=" + userUnit + ", sm4Key=***, sandbox=" + sandbox
                + "]";
    }
}
