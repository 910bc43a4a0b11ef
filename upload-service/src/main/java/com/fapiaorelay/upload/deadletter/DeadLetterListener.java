package com.fapiaorelay.upload.deadletter;

import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.kafka.PoisonBatches;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads the submissions' dead letters, in its own consumer group, so each becomes visible once. */
@Component
class DeadLetterListener {

    private final UnreadableSubmissions unreadable;
    private final PoisonBatches batches;

    DeadLetterListener(UnreadableSubmissions unreadable, PoisonBatches batches) {
        this.unreadable = unreadable;
        this.batches = batches;
    }

    @KafkaListener(
            id = "submitted-dead-letters",
            groupId = "fapiao-upload-dead-letters",
            topics = Topics.INVOICES_SUBMITTED_DLT,
            batch = "true",
            concurrency = "1")
    void onDeadLetters(List<ConsumerRecord<String, String>> records) {
        batches.processRecords(records, DeadLetter::of, unreadable::announce);
    }
}
