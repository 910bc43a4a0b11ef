package com.fapiaorelay.kit.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Topic layout: {@code fapiao.kafka.*}. Production raises replicas to 3 (min.insync.replicas 2). */
@ConfigurationProperties("fapiao.kafka")
public record KafkaKitProperties(
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replicas) {}
