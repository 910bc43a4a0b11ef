package com.fapiaorelay.upload.reupload;

import com.fapiaorelay.common.event.ReuploadRequested;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.kafka.PoisonRecord;
import com.fapiaorelay.kit.trace.Traces;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

/**
 * Re-enters requested invoices into the normal upload path, once per requested round; each requeued invoice's event
 * continues its request's trace.
 */
@Component
class ReuploadListener {

    private final Reuploads reuploads;
    private final Traces traces;

    ReuploadListener(Reuploads reuploads, Traces traces) {
        this.reuploads = reuploads;
        this.traces = traces;
    }

    @KafkaListener(id = "reupload", topics = Topics.INVOICES_REUPLOAD, batch = "true")
    void onReupload(List<ConsumerRecord<String, String>> records) {
        try (var batch = traces.batch(records)) {
            reuploads.requeue(records.stream().map(ReuploadListener::read).toList());
        }
    }

    private static ReuploadRequested read(ConsumerRecord<String, String> record) {
        try {
            return FapiaoJson.mapper().readValue(record.value(), ReuploadRequested.class);
        } catch (JacksonException e) {
            throw PoisonRecord.because("re-upload request unreadable: " + e.getMessage(), e);
        }
    }
}
