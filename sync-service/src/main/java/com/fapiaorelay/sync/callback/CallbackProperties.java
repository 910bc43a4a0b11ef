package com.fapiaorelay.sync.callback;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fapiao.sync.callbacks}: every {@code interval} new status changes are queued and due deliveries POSTed, up to
 * {@code batchSize} at a time, each within {@code timeout}; while there are none, ever less often, down to once an
 * {@code idleInterval}, which is what the first callback after a quiet spell may wait. A failed delivery waits {@code
 * initialBackoff}, doubling up to {@code maxBackoff}, and is dead-lettered after {@code maxAttempts}. Delivered rows
 * are deleted after {@code retention}. Receivers must be https unless {@code allowPlainHttp} (the dev profile), on
 * {@code allowedHosts} when it is set (entries are hosts or {@code *.example.com}; empty: any public host), and
 * internal hosts (loopback, private, link-local, unqualified) only on {@code allowedInternalHosts}: see {@link
 * ReceiverUrls}.
 */
@ConfigurationProperties("fapiao.sync.callbacks")
record CallbackProperties(
        @DefaultValue("1s") Duration interval,
        @DefaultValue("5s") Duration idleInterval,
        @DefaultValue("20") int batchSize,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("10s") Duration initialBackoff,
        @DefaultValue("10m") Duration maxBackoff,
        @DefaultValue("60") int maxAttempts,
        @DefaultValue("7d") Duration retention,
        @DefaultValue("false") boolean allowPlainHttp,
        @DefaultValue List<String> allowedHosts,
        @DefaultValue List<String> allowedInternalHosts) {

    CallbackProperties {
        allowedHosts = withoutBlanks(allowedHosts);
        allowedInternalHosts = withoutBlanks(allowedInternalHosts);
        if (!isPositive(interval) || !isPositive(timeout) || !isPositive(initialBackoff) || !isPositive(retention)) {
            throw new IllegalArgumentException(
                    "fapiao.sync.callbacks.interval, timeout, initial-backoff and retention must be positive");
        }
        if (maxBackoff.compareTo(initialBackoff) < 0
                || idleInterval.compareTo(interval) < 0
                || batchSize < 1
                || maxAttempts < 1) {
            throw new IllegalArgumentException("fapiao.sync.callbacks: max-backoff must not be below initial-backoff,"
                    + " nor idle-interval below interval; batch-size and max-attempts must be at least 1");
        }
    }

    /** The wait after the {@code attempts}-th failure in a row: the initial back-off doubled each time, capped. */
    Duration backoffAfter(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration doubled = initialBackoff.multipliedBy(1L << doublings);
        return doubled.compareTo(maxBackoff) > 0 ? maxBackoff : doubled;
    }

    /** How long a claimed batch stays invisible to other replicas: long enough to POST every row of it in turn. */
    Duration lease() {
        return timeout.multipliedBy(batchSize + 1L);
    }

    /** An unset environment variable binds as one blank entry, which would refuse every host. */
    private static List<String> withoutBlanks(List<String> hosts) {
        return hosts.stream().filter(host -> !host.isBlank()).toList();
    }

    private static boolean isPositive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }
}
