package com.fapiaorelay.standalone.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The ceiling: Kafka alone. The invoices' events, serialised before the clock starts, produced to a fresh topic of the
 * same broker (acks=all as the ERP sends, batching tuned) and consumed back without being parsed, after a pass on
 * another topic that warms the broker and the clients' code up. Jackson's share is {@link JacksonTiming}'s to report.
 */
final class RawKafkaCeiling {

    private static final int LINGER_MS = 10;
    private static final int BATCH_BYTES = 256 * 1024;
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private RawKafkaCeiling() {}

    /** Half the payloads through a topic of their own, so that the measured pass runs on warm code. */
    static void warmUp(String bootstrapServers, List<Payload> payloads) {
        produceAndConsume(bootstrapServers, payloads.subList(0, payloads.size() / 2));
    }

    /** Answers invoices per second for producing the payloads and consuming them all back. */
    static double measure(String bootstrapServers, List<Payload> payloads) {
        long start = System.nanoTime();
        produceAndConsume(bootstrapServers, payloads);
        return payloads.size() / ((System.nanoTime() - start) / 1e9);
    }

    /** A record's key and value, already bytes. */
    record Payload(byte[] key, byte[] value) {

        static Payload of(String key, String value) {
            return new Payload(key.getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void produceAndConsume(String bootstrapServers, List<Payload> payloads) {
        String topic = "bench-ceiling-" + UUID.randomUUID();
        create(bootstrapServers, topic);
        try (var producer = new KafkaProducer<byte[], byte[]>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                false,
                ProducerConfig.LINGER_MS_CONFIG,
                LINGER_MS,
                ProducerConfig.BATCH_SIZE_CONFIG,
                BATCH_BYTES,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class))) {
            awaitLeaders(producer, topic);
            List<Future<RecordMetadata>> sends = payloads.stream()
                    .map(p -> producer.send(new ProducerRecord<>(topic, p.key(), p.value())))
                    .toList();
            producer.flush();
            awaitAcknowledged(sends);
        }
        consumeAll(bootstrapServers, topic, payloads.size());
    }

    /**
     * A topic just created answers its first sends "not the leader" until every partition's leader is known; an
     * idempotent producer that retries them can then meet OUT_OF_ORDER_SEQUENCE_NUMBER and lose the batch, which it
     * still did on a loaded machine after this wait: the pass's producer is therefore not idempotent (a retried send
     * may land twice, which only makes the read-back end sooner; order is not what this pass measures).
     */
    private static void awaitLeaders(KafkaProducer<byte[], byte[]> producer, String topic) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (producer.partitionsFor(topic).stream().anyMatch(partition -> partition.leader() == null)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(topic + " has partitions without a leader after " + PATIENCE);
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }

    /** A send that failed makes the pass fail, rather than leave the read-back waiting for a record never written. */
    private static void awaitAcknowledged(List<Future<RecordMetadata>> sends) {
        try {
            for (Future<RecordMetadata> send : sends) {
                send.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the raw Kafka pass could not write its records", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted writing the raw Kafka pass", e);
        }
    }

    /**
     * Created with the broker's defaults before the first send: a topic auto-created under a loaded broker answered
     * the idempotent producer OUT_OF_ORDER_SEQUENCE_NUMBER for minutes.
     */
    private static void create(String bootstrapServers, String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.empty(), Optional.empty())))
                    .all()
                    .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not create " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted creating " + topic, e);
        }
    }

    private static void consumeAll(String bootstrapServers, String topic, int expected) {
        try (var consumer = new KafkaConsumer<byte[], byte[]>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                5000,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            int seen = 0;
            while (seen < expected) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "read " + seen + " of " + expected + " records back from " + topic + " within " + PATIENCE);
                }
                seen += consumer.poll(Duration.ofMillis(200)).count();
            }
        }
    }
}
