package com.fapiaorelay.alert.alert;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.invoice.InvoiceKey;
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
 * Consumes anomalies in batches; offsets are committed only after the batch's transaction commits. Each anomaly is
 * logged in its record's trace, with the invoice it is about; its summary stays out, as it may name the buyer.
 */
@Component
class AnomalyListener {

    private static final Logger log = LoggerFactory.getLogger(AnomalyListener.class);

    private final AnomalyIngest ingest;
    private final Traces traces;

    AnomalyListener(AnomalyIngest ingest, Traces traces) {
        this.ingest = ingest;
        this.traces = traces;
    }

    @KafkaListener(id = "alert-anomalies", topics = Topics.ANOMALIES, batch = "true")
    void onAnomalies(List<ConsumerRecord<String, String>> records) {
        try (var batch = traces.batch(records)) {
            List<AnomalyRaised> anomalies = new ArrayList<>(records.size());
            for (ConsumerRecord<String, String> record : records) {
                try {
                    anomalies.add(received(record.key(), AnomalyPayload.parse(record.value())));
                } catch (PoisonRecord poison) {
                    // Store what precedes the poison, so the error handler commits it and dead-letters only it.
                    ingest.ingest(anomalies);
                    throw new BatchListenerFailedException(poison.getMessage(), poison, record);
                }
            }
            ingest.ingest(anomalies);
        }
    }

    private AnomalyRaised received(String recordKey, AnomalyRaised anomaly) {
        try (var event = traces.event(recordKey, invoiceKey(anomaly), anomaly.eventId())) {
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
