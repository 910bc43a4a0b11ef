package com.fapiaorelay.kit.kafka;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;

/**
 * Consumer settings that keep an idle service cheap, each applied only where the service left it unset. Between two
 * heartbeats the classic protocol's heartbeat thread wakes every {@code retry.backoff.ms}, 100 ms by default: ten
 * wake-ups a second for each of a stack's dozen consumers. At 1 s a heartbeat still goes out on time (every {@code
 * heartbeat.interval.ms}, 3 s, checked once a second) and a failed request is retried after 1 s instead of 100 ms.
 */
final class IdleConsumerDefaults implements DefaultKafkaConsumerFactoryCustomizer {

    static final Map<String, Object> DEFAULTS = Map.of(ConsumerConfig.RETRY_BACKOFF_MS_CONFIG, 1000);

    @Override
    public void customize(DefaultKafkaConsumerFactory<?, ?> factory) {
        Map<String, Object> unset = new HashMap<>(DEFAULTS);
        unset.keySet().removeAll(factory.getConfigurationProperties().keySet());
        factory.updateConfigs(unset);
    }
}
