package com.fapiaorelay.upload.intake;

import com.fapiaorelay.common.event.InvoiceSubmitted;
import com.fapiaorelay.common.event.SubmittedEventReader;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.kafka.PoisonBatches;
import com.fapiaorelay.kit.trace.Traces;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes ERP submissions in batches through the kit's poison path; offsets are committed after {@link Intake} has
 * stored the batch. Each invoice's outcome is logged in its record's trace.
 */
@Component
class SubmittedListener {

    private static final Logger log = LoggerFactory.getLogger(SubmittedListener.class);
    static final String CHANNEL = "kafka";
    static final String LISTENER_ID = "submitted";

    private final Intake intake;
    private final PoisonBatches batches;
    private final Traces traces;

    SubmittedListener(Intake intake, PoisonBatches batches, Traces traces) {
        this.intake = intake;
        this.batches = batches;
        this.traces = traces;
    }

    @KafkaListener(id = LISTENER_ID, topics = Topics.INVOICES_SUBMITTED, batch = "true")
    void onSubmitted(List<ConsumerRecord<String, String>> records) {
        batches.process(records, SubmittedEventReader::read, this::store);
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
}
