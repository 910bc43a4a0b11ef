package com.fapiaorelay.testsupport;

import com.fapiaorelay.common.json.FapiaoJson;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes to the shared broker as an ERP or another service would. */
public final class KafkaPublisher implements AutoCloseable {

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            SharedInfrastructure.get().kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
            StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
            StringSerializer.class));

    /** Sends {@code event} as JSON and waits for the broker's acknowledgement. */
    public void publish(String topic, String key, Object event) {
        publishRaw(topic, key, FapiaoJson.mapper().writeValueAsString(event));
    }

    public void publishRaw(String topic, String key, String value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("publish to " + topic + " failed", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
