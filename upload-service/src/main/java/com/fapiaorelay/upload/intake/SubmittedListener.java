package com.fapiaorelay.upload.intake;

import com.fapiaorelay.common.event.InvoiceSubmitted;
import com.fapiaorelay.common.event.SubmittedEventReader;
import com.fapiaorelay.common.event.UnreadableEvent;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.kafka.PoisonRecord;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Consumes ERP submissions in batches; offsets are committed after {@link Intake} has stored the batch. A record
 * that can never be read goes to the dead-letter topic through the one Kafka error handler, and the partition moves
 * on.
 */
@Component
class SubmittedListener {

    static final String CHANNEL = "kafka";
    static final String LISTENER_ID = "submitted";
    static final int MAX_EVENT_BYTES = 1 << 20;

    private final Intake intake;

    SubmittedListener(Intake intake) {
        this.intake = intake;
    }

    @KafkaListener(id = LISTENER_ID, topics = Topics.INVOICES_SUBMITTED, batch = "true")
    void onSubmitted(List<ConsumerRecord<String, String>> records) {
        List<InvoiceSubmitted> events = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            try {
                events.add(read(records.get(i)));
            } catch (PoisonRecord poison) {
                intake.accept(events, CHANNEL);
                throw new BatchListenerFailedException(poison.getMessage(), poison, i);
            }
        }
        intake.accept(events, CHANNEL);
    }

    private static InvoiceSubmitted read(ConsumerRecord<String, String> record) {
        if (record.value() == null || record.value().length() > MAX_EVENT_BYTES) {
            throw PoisonRecord.because("事件为空或超过 1 MiB / event empty or larger than 1 MiB", null);
        }
        try {
            return SubmittedEventReader.read(record.value());
        } catch (UnreadableEvent e) {
            throw PoisonRecord.because(e.getMessage(), e);
        }
    }
}
