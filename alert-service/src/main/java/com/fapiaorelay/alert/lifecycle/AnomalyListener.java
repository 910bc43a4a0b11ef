package com.fapiaorelay.alert.lifecycle;

import com.fapiaorelay.common.event.AnomalyEventReader;
import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.kafka.PoisonBatches;
import com.fapiaorelay.kit.trace.Traces;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes anomalies in batches through the kit's poison path; offsets are committed only after the batch's
 * transaction commits. Each anomaly is logged in its record's trace, with the invoice it is about; its summary stays
 * out, as it may name the buyer.
 */
@Component
class AnomalyListener {

    private static final Logger log = LoggerFactory.getLogger(AnomalyListener.class);

    private final AnomalyIngest ingest;
    private final PoisonBatches batches;
    private final Traces traces;

    AnomalyListener(AnomalyIngest ingest, PoisonBatches batches, Traces traces) {
        this.ingest = ingest;
        this.batches = batches;
        this.traces = traces;
    }

    @KafkaListener(id = "alert-anomalies", topics = Topics.ANOMALIES, batch = "true")
    void onAnomalies(List<ConsumerRecord<String, String>> records) {
        batches.process(records, json -> received(AnomalyEventReader.read(json)), ingest::ingest);
    }

    private AnomalyRaised received(AnomalyRaised anomaly) {
        try (var event = traces.event(anomaly.fingerprint(), invoiceKey(anomaly), anomaly.eventId())) {
            log.info(
                    "Anomaly {} {}{} from {}",
                    anomaly.anomalyType(),
                    anomaly.severity(),
                    anomaly.resolved() ? " resolved" : "",
                    anomaly.source());
        }
        return anomaly;
    }

    private static String invoiceKey(AnomalyRaised anomaly) {
        return anomaly.invoiceNumber() == null
                ? null
                : new InvoiceKey(anomaly.sellerTaxId(), anomaly.invoiceNumber()).toString();
    }
}
