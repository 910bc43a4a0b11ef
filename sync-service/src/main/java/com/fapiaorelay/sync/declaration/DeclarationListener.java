package com.fapiaorelay.sync.declaration;

import com.fapiaorelay.common.event.DeclarationEventReader;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.kafka.PoisonBatches;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** ERPs' declarations from Kafka, in batches through the kit's poison path; offsets committed once stored. */
@Component
class DeclarationListener {

    private final Declarations declarations;
    private final PoisonBatches batches;

    DeclarationListener(Declarations declarations, PoisonBatches batches) {
        this.declarations = declarations;
        this.batches = batches;
    }

    @KafkaListener(
            id = "sync-declarations",
            idIsGroup = false,
            topics = Topics.ERP_DECLARATIONS,
            batch = "true",
            concurrency = "1")
    void onDeclarations(List<ConsumerRecord<String, String>> records) {
        batches.process(records, DeclarationEventReader::read, declarations::record);
    }
}
