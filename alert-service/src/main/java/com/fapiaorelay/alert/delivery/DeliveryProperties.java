package com.fapiaorelay.alert.delivery;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How messages go out: {@code fapiao.alert.delivery.*}, looked for every {@code interval} while there is work or an
 * open group window, ever less often while there is neither, down to once an {@code idleInterval}. A failed message is
 * retried after {@code initialBackoff}, doubling up to {@code maxBackoff}, until {@code maxAttempts}. {@code
 * linkBaseUrl} is where operators open a group (the console) and {@code runbookBaseUrl} where the runbooks live, each
 * left out of messages when blank. A channel failing {@code failingAfter} attempts in a row raises a CHANNEL_FAILING
 * anomaly. {@code limits} caps a channel's sends per minute and second (defaults: {@link RateLimit#defaultFor}). {@code
 * advice} says what to do about each anomaly type, in every message of its groups.
 */
@ConfigurationProperties("fapiao.alert.delivery")
record DeliveryProperties(
        @DefaultValue("1s") Duration interval,
        @DefaultValue("10s") Duration idleInterval,
        @DefaultValue("20") int batchSize,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("5s") Duration initialBackoff,
        @DefaultValue("10m") Duration maxBackoff,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("") String linkBaseUrl,
        @DefaultValue("") String runbookBaseUrl,
        @DefaultValue("5") int failingAfter,
        Map<String, RateLimit> limits,
        Map<String, String> advice) {

    DeliveryProperties {
        if (batchSize < 1
                || maxAttempts < 1
                || failingAfter < 1
                || interval.isNegative()
                || interval.isZero()
                || idleInterval.compareTo(interval) < 0) {
            throw new IllegalArgumentException("fapiao.alert.delivery needs batch-size, max-attempts and failing-after"
                    + " of at least 1, a positive interval and an idle-interval no shorter");
        }
        limits = limits == null ? Map.of() : Map.copyOf(limits);
        advice = advice == null ? Map.of() : Map.copyOf(advice);
    }

    Backoff backoff() {
        return new Backoff(initialBackoff, maxBackoff);
    }

    MessageLinks links() {
        return new MessageLinks(linkBaseUrl, runbookBaseUrl);
    }

    String adviceFor(String anomalyType) {
        return advice.get(anomalyType);
    }

    RateLimit limitFor(String channel) {
        return limits.getOrDefault(channel, RateLimit.defaultFor(channel));
    }
}
