package com.fapiaorelay.alert.alert;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.kafka.PoisonRecord;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/** Consumes anomalies in batches; offsets are committed only after the batch's transaction commits. */
@Component
class AnomalyListener {

    private final AnomalyIngest ingest;

    AnomalyListener(AnomalyIngest ingest) {
        this.ingest = ingest;
    }

    @KafkaListener(id = "alert-anomalies", topics = Topics.ANOMALIES, batch = "true")
    void onAnomalies(List<ConsumerRecord<String, String>> records) {
        List<AnomalyRaised> anomalies = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            try {
                anomalies.add(AnomalyPayload.parse(record.value()));
            } catch (PoisonRecord poison) {
                // Store what precedes the poison, so the error handler commits it and dead-letters only the poison.
                ingest.ingest(anomalies);
                throw new BatchListenerFailedException(poison.getMessage(), poison, record);
            }
        }
        ingest.ingest(anomalies);
    }
}
