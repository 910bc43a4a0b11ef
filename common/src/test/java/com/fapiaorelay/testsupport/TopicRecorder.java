package com.fapiaorelay.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Records everything published to a topic, from its beginning, for tests to await and inspect. */
public final class TopicRecorder implements AutoCloseable {

    private final List<ConsumerRecord<String, String>> records = new CopyOnWriteArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;

    private TopicRecorder(String topic) {
        poller = new Thread(() -> poll(topic), "recorder-" + topic);
        poller.setDaemon(true);
        poller.start();
    }

    public static TopicRecorder of(String topic) {
        return new TopicRecorder(topic);
    }

    public List<ConsumerRecord<String, String>> records() {
        return List.copyOf(records);
    }

    public List<String> values() {
        return records.stream().map(ConsumerRecord::value).toList();
    }

    private void poll(String topic) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.get().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "recorder-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            while (running) {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.join();
    }
}
