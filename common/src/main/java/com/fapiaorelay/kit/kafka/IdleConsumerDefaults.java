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
 * heartbeat.interval.ms}, checked once a second) and a failed request is retried after 1 s instead of 100 ms. A
 * heartbeat every 10 s instead of 3 s (a third as many requests for the broker to serve) stays well inside the 45 s
 * session timeout; what it costs is that members learn of a rebalance (an instance joining or leaving cleanly) at
 * their next heartbeat, up to 10 s later instead of 3 s.
 */
final class IdleConsumerDefaults implements DefaultKafkaConsumerFactoryCustomizer {

    static final Map<String, Object> DEFAULTS =
            Map.of(ConsumerConfig.RETRY_BACKOFF_MS_CONFIG, 1000, ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 10_000);

    @Override
    public void customize(DefaultKafkaConsumerFactory<?, ?> factory) {
        Map<String, Object> unset = new HashMap<>(DEFAULTS);
        unset.keySet().removeAll(factory.getConfigurationProperties().keySet());
        factory.updateConfigs(unset);
    }
}
