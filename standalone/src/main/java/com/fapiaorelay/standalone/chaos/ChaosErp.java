package com.fapiaorelay.standalone.chaos;

import com.fapiaorelay.common.event.InvoiceSubmitted;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.topic.Topics;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * An ERP's Kafka integration that keeps publishing through a broker restart: the producer waits minutes for the
 * broker to come back, and whatever the broker still did not acknowledge is published again.
 */
final class ChaosErp implements AutoCloseable {

    private static final int REPUBLISH_ROUNDS = 5;

    private final KafkaProducer<String, String> producer;
    private final Queue<Invoice> unacknowledged = new ConcurrentLinkedQueue<>();

    ChaosErp(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.LINGER_MS_CONFIG,
                5,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                600_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                600_000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class));
    }

    void publish(Invoice invoice) {
        String event = FapiaoJson.mapper().writeValueAsString(InvoiceSubmitted.of("chaos-erp", invoice));
        producer.send(
                new ProducerRecord<>(Topics.INVOICES_SUBMITTED, invoice.key().toString(), event), (m, e) -> {
                    if (e != null) {
                        unacknowledged.add(invoice);
                    }
                });
    }

    /** Waits for every acknowledgement, publishing again what failed; answers how many never got through. */
    int flush() {
        producer.flush();
        for (int round = 0; round < REPUBLISH_ROUNDS && !unacknowledged.isEmpty(); round++) {
            for (Invoice invoice = unacknowledged.poll(); invoice != null; invoice = unacknowledged.poll()) {
                publish(invoice);
            }
            producer.flush();
        }
        return unacknowledged.size();
    }

    @Override
    public void close() {
        producer.close();
    }
}
