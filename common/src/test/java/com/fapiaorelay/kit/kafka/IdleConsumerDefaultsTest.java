package com.fapiaorelay.kit.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;

class IdleConsumerDefaultsTest {

    @Test
    void heartbeatThreadWakesOnceASecondAndBeatsEveryTenWhereTheServiceSaidNothing() {
        var factory = new DefaultKafkaConsumerFactory<String, String>(Map.of(ConsumerConfig.GROUP_ID_CONFIG, "g"));

        new IdleConsumerDefaults().customize(factory);

        assertThat(factory.getConfigurationProperties())
                .containsEntry(ConsumerConfig.RETRY_BACKOFF_MS_CONFIG, 1000)
                .containsEntry(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 10_000)
                .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "g");
    }

    @Test
    void aServicesOwnSettingStands() {
        var factory =
                new DefaultKafkaConsumerFactory<String, String>(Map.of(ConsumerConfig.RETRY_BACKOFF_MS_CONFIG, "250"));

        new IdleConsumerDefaults().customize(factory);

        assertThat(factory.getConfigurationProperties()).containsEntry(ConsumerConfig.RETRY_BACKOFF_MS_CONFIG, "250");
    }
}
