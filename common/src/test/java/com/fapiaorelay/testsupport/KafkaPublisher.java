package com.fapiaorelay.testsupport;

import com.fapiaorelay.common.json.FapiaoJson;
import java.nio.charset.StandardCharsets;
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

    /** Sends {@code event} with {@code headers}, as an ERP passing on its trace would. */
    public void publish(String topic, String key, Object event, Map<String, String> headers) {
        var record = new ProducerRecord<>(topic, key, FapiaoJson.mapper().writeValueAsString(event));
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        send(record);
    }

    public void publishRaw(String topic, String key, String value) {
        send(new ProducerRecord<>(topic, key, value));
    }

    private void send(ProducerRecord<String, String> record) {
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("publish to " + record.topic() + " failed", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
