package com.fapiaorelay.sync;

import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.testsupport.SharedInfrastructure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;

/** Records everything published to the topics sync-service writes, for tests to look for their events. */
public final class TopicRecorder {

    private static final List<String> TOPICS = List.of(
            Topics.INVOICES_STATUS,
            Topics.INVOICES_REUPLOAD,
            Topics.ANOMALIES,
            Topics.INVOICES_STATUS + "-dlt",
            Topics.ERP_DECLARATIONS + "-dlt");
    private static final List<Recorded> RECORDED = new CopyOnWriteArrayList<>();
    private static boolean started;

    private TopicRecorder() {}

    public static synchronized void start() {
        if (!started) {
            Thread poller = new Thread(TopicRecorder::poll, "topic-recorder");
            poller.setDaemon(true);
            poller.start();
            started = true;
        }
    }

    /** Events on {@code topic} under {@code key}, in arrival order; values that are not JSON come back as text. */
    public static List<JsonNode> on(String topic, String key) {
        return RECORDED.stream()
                .filter(r -> r.topic().equals(topic) && key.equals(r.key()))
                .map(Recorded::value)
                .toList();
    }

    public static List<String> rawOn(String topic, String key) {
        return RECORDED.stream()
                .filter(r -> r.topic().equals(topic) && key.equals(r.key()))
                .map(r -> r.raw())
                .toList();
    }

    private static void poll() {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.get().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "sync-test-recorder-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG,
                "500",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class))) {
            consumer.subscribe(TOPICS);
            while (true) {
                consumer.poll(Duration.ofMillis(100))
                        .forEach(r -> RECORDED.add(new Recorded(r.topic(), r.key(), r.value(), parse(r.value()))));
            }
        }
    }

    private static JsonNode parse(String value) {
        try {
            return FapiaoJson.mapper().readTree(value);
        } catch (RuntimeException notJson) {
            return FapiaoJson.mapper().getNodeFactory().stringNode(value);
        }
    }

    private record Recorded(String topic, String key, String raw, JsonNode value) {}
}
