package com.fapiaorelay.upload.intake;

import com.fapiaorelay.common.event.InvoiceSubmitted;
import com.fapiaorelay.common.event.SubmittedEventReader;
import com.fapiaorelay.common.event.UnreadableEvent;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.kafka.PoisonRecord;
import com.fapiaorelay.kit.trace.Traces;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Consumes ERP submissions in batches; offsets are committed after {@link Intake} has stored the batch. A record
 * that can never be read goes to the dead-letter topic through the one Kafka error handler, and the partition moves
 * on. Each invoice's outcome is logged in its record's trace.
 */
@Component
class SubmittedListener {

    private static final Logger log = LoggerFactory.getLogger(SubmittedListener.class);
    static final String CHANNEL = "kafka";
    static final String LISTENER_ID = "submitted";
    static final int MAX_EVENT_BYTES = 1 << 20;

    private final Intake intake;
    private final Traces traces;

    SubmittedListener(Intake intake, Traces traces) {
        this.intake = intake;
        this.traces = traces;
    }

    @KafkaListener(id = LISTENER_ID, topics = Topics.INVOICES_SUBMITTED, batch = "true")
    void onSubmitted(List<ConsumerRecord<String, String>> records) {
        try (var batch = traces.batch(records)) {
            List<InvoiceSubmitted> events = new ArrayList<>(records.size());
            for (int i = 0; i < records.size(); i++) {
                try {
                    events.add(read(records.get(i)));
                } catch (PoisonRecord poison) {
                    store(events);
                    throw new BatchListenerFailedException(poison.getMessage(), poison, i);
                }
            }
            store(events);
        }
    }

    private void store(List<InvoiceSubmitted> events) {
        Map<InvoiceKey, IntakeOutcome> outcomes = intake.accept(events, CHANNEL);
        for (InvoiceSubmitted event : events) {
            try (var invoice = traces.invoice(event.invoice().key().toString(), event.eventId())) {
                logOutcome(outcomes.get(event.invoice().key()));
            }
        }
    }

    private static void logOutcome(IntakeOutcome outcome) {
        if (outcome == IntakeOutcome.INVALID || outcome == IntakeOutcome.CONFLICT) {
            log.warn("Submitted invoice {}: held for a human", outcome);
        } else {
            log.debug("Submitted invoice {}", outcome);
        }
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
