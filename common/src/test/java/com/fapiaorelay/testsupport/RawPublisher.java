package com.fapiaorelay.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Publishes raw bytes to a chosen partition, as an outside ERP's kcat would: none of our serializers involved. */
public final class RawPublisher implements AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            SharedInfrastructure.get().kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
            ByteArraySerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
            ByteArraySerializer.class));

    /**
     * Sends {@code value} (null for a tombstone) to {@code partition}, or by its key's hash if null, and waits for
     * the broker's acknowledgement.
     */
    public void send(String topic, Integer partition, String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, partition, key.getBytes(StandardCharsets.UTF_8), value))
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("publish to " + topic + " failed", e);
        }
    }

    public void send(String topic, Integer partition, String key, String value) {
        send(topic, partition, key, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
