package com.fapiaorelay.kit.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How the outbox relay runs: {@code fapiao.outbox.*}. */
@ConfigurationProperties("fapiao.outbox")
public record OutboxProperties(
        @DefaultValue("500") int batchSize,
        @DefaultValue("100ms") Duration interval,
        @DefaultValue("30s") Duration sendTimeout) {

    /** {@code @Scheduled} takes strings: this one reads the bound record, so the default stays written once, here. */
    static final String INTERVAL = "#{@'fapiao.outbox-com.fapiaorelay.kit.outbox.OutboxProperties'.interval()}";

    public OutboxProperties {
        if (batchSize < 1 || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("fapiao.outbox needs batch-size of at least 1 and a positive interval");
        }
    }
}
