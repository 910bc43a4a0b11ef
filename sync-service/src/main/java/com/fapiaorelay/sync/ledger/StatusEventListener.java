package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.event.StatusEventReader;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.kafka.PoisonBatches;
import com.fapiaorelay.kit.trace.Traces;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes status events in batches through the kit's poison path; offsets are committed only after the batch's
 * transaction commits. Our own events, stamped by {@link OwnEventStamp}, are passed over unread. With DEBUG on, each
 * event read is logged in its record's trace.
 */
@Component
class StatusEventListener {

    private static final Logger log = LoggerFactory.getLogger(StatusEventListener.class);

    private final UpstreamEvents upstream;
    private final PoisonBatches batches;
    private final Traces traces;

    StatusEventListener(UpstreamEvents upstream, PoisonBatches batches, Traces traces) {
        this.upstream = upstream;
        this.batches = batches;
        this.traces = traces;
    }

    @KafkaListener(id = "sync-status", idIsGroup = false, topics = Topics.INVOICES_STATUS, batch = "true")
    void onStatusEvents(List<ConsumerRecord<String, String>> records) {
        batches.processRecords(records, this::readUnlessOwn, events -> upstream.apply(present(events)));
    }

    private Optional<InvoiceStatusChanged> readUnlessOwn(ConsumerRecord<String, String> record) {
        if (OwnEventStamp.isOwn(record)) {
            return Optional.empty();
        }
        return Optional.of(batches.readValue(record, json -> received(StatusEventReader.read(json))));
    }

    private static List<InvoiceStatusChanged> present(List<Optional<InvoiceStatusChanged>> events) {
        return events.stream().flatMap(Optional::stream).toList();
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
