package com.fapiaorelay.kit.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox relay runs: {@code fapiao.outbox.*}. It ticks every {@code interval}; while the outbox stays empty it
 * looks ever less often, down to once a {@code maxIdlePause}, and at once when this process appends an event.
 */
@ConfigurationProperties("fapiao.outbox")
public record OutboxProperties(
        @DefaultValue("500") int batchSize,
        @DefaultValue("100ms") Duration interval,
        @DefaultValue("30s") Duration sendTimeout,
        @DefaultValue("2s") Duration maxIdlePause) {

    /** {@code @Scheduled} takes strings: this one reads the bound record, so the default stays written once, here. */
    static final String INTERVAL = "#{@'fapiao.outbox-com.fapiaorelay.kit.outbox.OutboxProperties'.interval()}";

    public OutboxProperties {
        if (batchSize < 1 || interval.isNegative() || interval.isZero() || maxIdlePause.compareTo(interval) < 0) {
            throw new IllegalArgumentException("fapiao.outbox needs batch-size of at least 1, a positive interval and"
                    + " a max-idle-pause no shorter than the interval");
        }
    }
}
