package com.fapiaorelay.upload.deadletter;

import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.upload.audit.AuditRows;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;

/**
 * An operator's replay: the latest dead-lettered submission under a key goes back to the submitted topic as it was,
 * once what refused it has been fixed on our side (a limit, a reader). The dead letters are read from the start;
 * there are few of them, and a replay is a rare, deliberate act.
 */
@Service
class DeadLetterReplays {

    private static final Duration POLL = Duration.ofMillis(200);

    private final ConsumerFactory<String, String> consumers;
    private final KafkaTemplate<String, String> kafka;
    private final AuditRows audit;

    DeadLetterReplays(ConsumerFactory<String, String> consumers, KafkaTemplate<String, String> kafka, AuditRows audit) {
        this.consumers = consumers;
        this.kafka = kafka;
        this.audit = audit;
    }

    Replayed replay(String key, String actor) {
        if (key == null || key.isBlank()) {
            throw DeadLetterNotFound.forKey("");
        }
        ConsumerRecord<String, String> latest = latestUnder(key).orElseThrow(() -> DeadLetterNotFound.forKey(key));
        kafka.send(Topics.INVOICES_SUBMITTED, key, latest.value()).join();
        audit.record(actor, "DEAD_LETTER_REPLAY", null, key + " from " + latest.partition() + "/" + latest.offset());
        return new Replayed(key, latest.partition(), latest.offset());
    }

    private Optional<ConsumerRecord<String, String>> latestUnder(String key) {
        try (Consumer<String, String> consumer = consumers.createConsumer("fapiao-upload-dead-letter-replay", null)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.INVOICES_SUBMITTED_DLT).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            ConsumerRecord<String, String> latest = null;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    latest = key.equals(record.key()) && record.value() != null ? record : latest;
                }
            }
            return Optional.ofNullable(latest);
        }
    }

    record Replayed(String key, int partition, long offset) {}
}
