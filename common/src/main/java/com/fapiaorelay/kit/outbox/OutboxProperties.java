package com.fapiaorelay.kit.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox relay runs: {@code fapiao.outbox.*}. It looks every {@code interval} while it finds events; while the
 * outbox stays empty it sleeps ever longer, up to {@code maxIdlePause}, and wakes when this process appends an event.
 * That pause is what an event nobody announced may wait after a quiet spell: one left by a batch Kafka refused, or
 * appended by an instance that stopped before relaying it.
 */
@ConfigurationProperties("fapiao.outbox")
public record OutboxProperties(
        @DefaultValue("500") int batchSize,
        @DefaultValue("100ms") Duration interval,
        @DefaultValue("30s") Duration sendTimeout,
        @DefaultValue("10s") Duration maxIdlePause) {

    public OutboxProperties {
        if (batchSize < 1 || interval.isNegative() || interval.isZero() || maxIdlePause.compareTo(interval) < 0) {
            throw new IllegalArgumentException("fapiao.outbox needs batch-size of at least 1, a positive interval and"
                    + " a max-idle-pause no shorter than the interval");
        }
    }
}
