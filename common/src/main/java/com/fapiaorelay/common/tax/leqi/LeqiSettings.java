package com.fapiaorelay.common.tax.leqi;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach 乐企 and who we are there. {@code accessUnit} is the 接入单位平台编号 (header {@code jrdwptbh}, also the
 * invoices' {@code ptbh}), {@code userUnit} the 使用单位平台编号 ({@code sydwptbh}), {@code sm4Key} 32 hex characters.
 * {@code sandbox} sends to the sandbox path with the sandbox flag ({@code sxcsbz}) and the case code ({@code ylbm}).
 * Limits and timings are not public: conservative defaults, configurable (docs/leqi.md).
 */
public record LeqiSettings(
        URI baseUrl,
        String accessUnit,
        String userUnit,
        String sm4Key,
        boolean sandbox,
        String caseCode,
        Device device,
        int batchLimit,
        Timing timing) {

    /** What the sandbox accepts out of the box; never valid on the real platform. */
    public static final String DEVELOPMENT_ACCESS_UNIT = "fapiao-dev-jrdw";

    public static final String DEVELOPMENT_USER_UNIT = "fapiao-dev-sydw";
    public static final String DEVELOPMENT_SM4_KEY = "0123456789abcdeffedcba9876543210";

    public LeqiSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(accessUnit, "accessUnit");
        Objects.requireNonNull(userUnit, "userUnit");
        Sm4.withHexKey(Objects.requireNonNull(sm4Key, "sm4Key"));
        caseCode = caseCode == null ? "" : caseCode;
        device = device == null ? Device.NONE : device;
        timing = timing == null ? Timing.DEFAULT : timing;
        if (!sandbox && (accessUnit.equals(DEVELOPMENT_ACCESS_UNIT) || sm4Key.equals(DEVELOPMENT_SM4_KEY))) {
            throw new IllegalArgumentException(
                    "the development 乐企 identity works on the sandbox path only: set jrdwptbh, sydwptbh and the SM4 key");
        }
        if (batchLimit < 1) {
            throw new IllegalArgumentException("batchLimit must be at least 1, was " + batchLimit);
        }
    }

    /** The development identity against a sandbox at {@code baseUrl}, with the default limits. */
    public static LeqiSettings development(URI baseUrl) {
        return new LeqiSettings(
                baseUrl,
                DEVELOPMENT_ACCESS_UNIT,
                DEVELOPMENT_USER_UNIT,
                DEVELOPMENT_SM4_KEY,
                true,
                "",
                Device.NONE,
                50,
                Timing.DEFAULT);
    }

    public LeqiSettings withBatchLimit(int limit) {
        return new LeqiSettings(baseUrl, accessUnit, userUnit, sm4Key, sandbox, caseCode, device, limit, timing);
    }

    /**
     * How long one upload call of {@code invoices} may take at worst: each 乐企 batch's upload and, after the poll
     * deadline, one last query per batch still open, every exchange at its full timeouts.
     */
    public Duration longestCall(int invoices) {
        int batches = (invoices + batchLimit - 1) / batchLimit;
        Duration exchange = timing.connectTimeout().plus(timing.requestTimeout());
        return exchange.multipliedBy(2L * batches).plus(timing.pollDeadline());
    }

    public LeqiSettings withTiming(Timing newTiming) {
        return new LeqiSettings(
                baseUrl, accessUnit, userUnit, sm4Key, sandbox, caseCode, device, batchLimit, newTiming);
    }

    @Override
    public String toString() {
        return "LeqiSettings[baseUrl=" + baseUrl + ", accessUnit=" + accessUnit + ", userUnit=" + userUnit
                + ", sm4Key=***, sandbox=" + sandbox + ", batchLimit=" + batchLimit + ", timing=" + timing + "]";
    }

    /**
     * The issuing machine an upload names ({@code ip}, {@code macdz}) and the region code ({@code qyDm}); the public
     * client requires the first two, the capture carries all three (docs/leqi.md).
     */
    public record Device(String ip, String mac, String regionCode) {
        public static final Device NONE = new Device("", "", "");
    }

    /**
     * Waits: connecting, one request, the first result query after an upload, the longest pause between queries
     * (pauses double up to it), and the deadline after which an invoice without a final result is UNKNOWN.
     */
    public record Timing(
            Duration connectTimeout,
            Duration requestTimeout,
            Duration firstPoll,
            Duration maxPoll,
            Duration pollDeadline) {

        public static final Timing DEFAULT = new Timing(
                Duration.ofSeconds(2),
                Duration.ofSeconds(10),
                Duration.ofMillis(200),
                Duration.ofSeconds(2),
                Duration.ofSeconds(15));
    }
}
