package com.fapiaorelay.kit.kafka;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Topic layout and the poison path: {@code fapiao.kafka.*}. Production raises replicas to 3 (min.insync.replicas 2).
 * A record over {@code maxEventBytes} (its serialized value, in bytes) is dead-lettered unread; transient failures
 * are retried after pauses growing from {@code retryInitial} to at most {@code retryMax}.
 */
@ConfigurationProperties("fapiao.kafka")
public record KafkaKitProperties(
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replicas,
        @DefaultValue("1048576") long maxEventBytes,
        @DefaultValue("500ms") Duration retryInitial,
        @DefaultValue("30s") Duration retryMax) {}
