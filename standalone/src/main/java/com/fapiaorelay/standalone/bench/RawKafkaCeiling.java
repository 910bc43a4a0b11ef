package com.fapiaorelay.standalone.bench;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.standalone.stack.ErpPublisher;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** The ceiling: the same payloads produced to and consumed from the same broker, with no work in between. */
final class RawKafkaCeiling {

    private RawKafkaCeiling() {}

    /** Answers invoices per second for producing {@code count} payloads and consuming them all back. */
    static double measure(String bootstrapServers, List<Invoice> invoices) {
        String topic = "bench-ceiling-" + UUID.randomUUID();
        create(bootstrapServers, topic);
        long start = System.nanoTime();
        try (var erp = new ErpPublisher(bootstrapServers, topic)) {
            invoices.forEach(erp::publish);
        }
        consumeAll(bootstrapServers, topic, invoices.size());
        return invoices.size() / ((System.nanoTime() - start) / 1e9);
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
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                2000,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            int seen = 0;
            while (seen < expected) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    FapiaoJson.mapper().readTree(record.value());
                    seen++;
                }
            }
        }
    }
}
