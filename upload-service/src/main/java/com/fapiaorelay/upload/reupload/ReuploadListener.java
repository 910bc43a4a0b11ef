package com.fapiaorelay.upload.reupload;

import com.fapiaorelay.common.event.ReuploadEventReader;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.kafka.PoisonBatches;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Re-enters requested invoices into the normal upload path, once per requested round, through the kit's poison
 * path: an unreadable request is dead-lettered alone. Each requeued invoice's event continues its request's trace.
 */
@Component
class ReuploadListener {

    private final Reuploads reuploads;
    private final PoisonBatches batches;

    ReuploadListener(Reuploads reuploads, PoisonBatches batches) {
        this.reuploads = reuploads;
        this.batches = batches;
    }

    @KafkaListener(id = "reupload", topics = Topics.INVOICES_REUPLOAD, batch = "true", concurrency = "1")
    void onReupload(List<ConsumerRecord<String, String>> records) {
        batches.process(records, ReuploadEventReader::read, reuploads::requeue);
    }
}
