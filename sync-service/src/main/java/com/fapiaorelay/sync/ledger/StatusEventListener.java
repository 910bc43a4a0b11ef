package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.kafka.PoisonRecord;
import com.fapiaorelay.kit.trace.Traces;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Consumes status events in batches; offsets are committed only after the batch's transaction commits. With DEBUG on,
 * each event is logged in its record's trace.
 */
@Component
class StatusEventListener {

    private static final Logger log = LoggerFactory.getLogger(StatusEventListener.class);

    private final UpstreamEvents upstream;
    private final Traces traces;

    StatusEventListener(UpstreamEvents upstream, Traces traces) {
        this.upstream = upstream;
        this.traces = traces;
    }

    @KafkaListener(id = "sync-status", idIsGroup = false, topics = Topics.INVOICES_STATUS, batch = "true")
    void onStatusEvents(List<ConsumerRecord<String, String>> records) {
        try (var batch = traces.batch(records)) {
            List<InvoiceStatusChanged> events = new ArrayList<>(records.size());
            for (ConsumerRecord<String, String> record : records) {
                try {
                    events.add(received(StatusEventPayload.parse(record.value())));
                } catch (PoisonRecord poison) {
                    // Store what precedes the poison, so the error handler commits it and dead-letters only it.
                    upstream.apply(events);
                    throw new BatchListenerFailedException(poison.getMessage(), poison, record);
                }
            }
            upstream.apply(events);
        }
    }

    private InvoiceStatusChanged received(InvoiceStatusChanged event) {
        if (log.isDebugEnabled()) {
            try (var invoice = traces.invoice(event.key().toString(), event.eventId())) {
                log.debug("Received {} v{} from {}", event.state(), event.version(), event.source());
            }
        }
        return event;
    }
}
