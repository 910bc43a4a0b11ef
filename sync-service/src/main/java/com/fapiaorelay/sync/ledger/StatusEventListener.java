package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.kafka.PoisonRecord;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/** Consumes status events in batches; offsets are committed only after the batch's transaction commits. */
@Component
class StatusEventListener {

    private final UpstreamEvents upstream;

    StatusEventListener(UpstreamEvents upstream) {
        this.upstream = upstream;
    }

    @KafkaListener(id = "sync-status", idIsGroup = false, topics = Topics.INVOICES_STATUS, batch = "true")
    void onStatusEvents(List<ConsumerRecord<String, String>> records) {
        List<InvoiceStatusChanged> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            try {
                events.add(StatusEventPayload.parse(record.value()));
            } catch (PoisonRecord poison) {
                // Store what precedes the poison, so the error handler commits it and dead-letters only the poison.
                upstream.apply(events);
                throw new BatchListenerFailedException(poison.getMessage(), poison, record);
            }
        }
        upstream.apply(events);
    }
}
