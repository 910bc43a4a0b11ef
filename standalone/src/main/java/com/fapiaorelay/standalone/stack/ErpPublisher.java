package com.fapiaorelay.standalone.stack;

import com.fapiaorelay.common.event.ErpTotalsDeclared;
import com.fapiaorelay.common.event.InvoiceSubmitted;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.topic.Topics;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes invoices to the submitted topic, and declared totals, as an ERP's Kafka integration would. */
public final class ErpPublisher implements AutoCloseable {

    public static final String SOURCE = "demo-erp";

    private final KafkaProducer<String, String> producer;
    private final String topic;

    public ErpPublisher(String bootstrapServers) {
        this(bootstrapServers, Topics.INVOICES_SUBMITTED);
    }

    /** Publishes to another topic, as the bench's raw-Kafka ceiling does with the same payloads. */
    public ErpPublisher(String bootstrapServers, String topic) {
        this.topic = topic;
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.LINGER_MS_CONFIG,
                5,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class));
    }

    public void publish(Invoice invoice) {
        publish(invoice.key().toString(), event(invoice));
    }

    /** Publishes an event {@link #event} serialised earlier, as the bench's feed does to keep Jackson off its clock. */
    public void publish(String key, String event) {
        producer.send(new ProducerRecord<>(topic, key, event));
    }

    /** The submitted event an ERP sends for {@code invoice}, as JSON. */
    public static String event(Invoice invoice) {
        return FapiaoJson.mapper().writeValueAsString(InvoiceSubmitted.of(SOURCE, invoice));
    }

    /** Declares what the ERP issued, keyed by seller as docs/erp-integration.md says. */
    public void declare(ErpTotalsDeclared declared) {
        String event = FapiaoJson.mapper().writeValueAsString(declared);
        producer.send(new ProducerRecord<>(Topics.ERP_DECLARATIONS, declared.sellerTaxId(), event));
    }

    @Override
    public void close() {
        producer.close();
    }
}
