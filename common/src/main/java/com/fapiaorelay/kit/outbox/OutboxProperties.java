package com.fapiaorelay.kit.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How the outbox relay runs: {@code fapiao.outbox.*}. */
@ConfigurationProperties("fapiao.outbox")
public record OutboxProperties(
        @DefaultValue("500") int batchSize,
        @DefaultValue("100ms") Duration interval,
        @DefaultValue("30s") Duration sendTimeout) {}
