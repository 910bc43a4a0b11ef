package com.fapiaorelay.client;

import com.fapiaorelay.common.event.DeclarationEventReader;
import com.fapiaorelay.common.event.ErpTotalsDeclared;
import com.fapiaorelay.common.event.InvoiceSubmitted;
import com.fapiaorelay.common.event.SubmittedEventReader;
import com.fapiaorelay.common.event.UnreadableEvent;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.common.validation.InvoiceValidator;
import com.fapiaorelay.common.validation.ValidationReport;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes an ERP's invoices and declared totals to the relay's Kafka topics: each checked first by the same rules
 * and readers the relay applies (nothing is sent that it would refuse), wrapped in the event envelope, keyed as the
 * relay partitions, and acknowledged by every in-sync replica before the call returns. Thread-safe; keep one per
 * process and close it on shutdown.
 */
public final class FapiaoClient implements AutoCloseable {

    private static final Duration ACKNOWLEDGEMENT = Duration.ofSeconds(30);

    private final Producer<String, String> producer;
    private final String source;
    private final InvoiceValidator validator = InvoiceValidator.withDefaults();

    FapiaoClient(Producer<String, String> producer, String source) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source names the ERP, e.g. kingdee-beijing");
        }
        this.producer = producer;
        this.source = source;
    }

    /** A client for the brokers at {@code bootstrapServers}, publishing as {@code source} (the ERP's name). */
    public static FapiaoClient connect(String bootstrapServers, String source) {
        Properties kafka = new Properties();
        kafka.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return create(kafka, source);
    }

    /** A client with Kafka producer settings of your own (SASL, TLS...); durability and serializers are ours. */
    public static FapiaoClient create(Properties kafka, String source) {
        Properties settings = new Properties();
        settings.putAll(kafka);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new FapiaoClient(new KafkaProducer<>(settings), source);
    }

    /**
     * Publishes one invoice on {@code fapiao.invoices.submitted}, key {@code sellerTaxId:invoiceNumber}; answers the
     * event's id. Publishing the same invoice again is safe: the relay keeps one. Changed content under the same
     * number replaces it while it was never sent to the tax system (INVALID, say); after that it is a conflict for an
     * operator.
     *
     * @throws PublishRefused if the relay would hold it INVALID or UNREADABLE; nothing was sent
     * @throws PublishFailed if Kafka did not acknowledge it; send it again
     */
    public UUID publish(Invoice invoice) {
        ValidationReport report = validator.validate(invoice);
        if (report.hasErrors()) {
            throw new PublishRefused(report.errors());
        }
        InvoiceSubmitted event = InvoiceSubmitted.of(source, invoice);
        String json = FapiaoJson.mapper().writeValueAsString(event);
        ValidationReport size = validator.checkEventSize(json.getBytes(StandardCharsets.UTF_8).length);
        if (size.hasErrors()) {
            throw new PublishRefused(size.errors());
        }
        readBack(() -> SubmittedEventReader.read(json));
        send(Topics.INVOICES_SUBMITTED, invoice.key().toString(), json, "invoice " + invoice.key());
        return event.eventId();
    }

    /**
     * Declares what the ERP issued for one seller on one day (China's calendar): the count, the sums of amount and tax
     * (excluding tax, red-letter invoices negative), and the numbers if you can list them (null otherwise, and for a
     * day of more than 50,000). Published on {@code fapiao.erp.declarations}, key the seller; answers the event's id.
     */
    public UUID declareTotals(
            String sellerTaxId,
            LocalDate day,
            int invoiceCount,
            BigDecimal totalAmount,
            BigDecimal totalTax,
            List<String> invoiceNumbers) {
        return declare(ErpTotalsDeclared.of(
                source, sellerTaxId, day, null, invoiceCount, totalAmount, totalTax, invoiceNumbers));
    }

    /** Declares one batch: which invoices it holds, and their sums. */
    public UUID declareBatchTotals(
            String sellerTaxId,
            String batchId,
            BigDecimal totalAmount,
            BigDecimal totalTax,
            List<String> invoiceNumbers) {
        return declare(ErpTotalsDeclared.of(
                source, sellerTaxId, null, batchId, invoiceNumbers.size(), totalAmount, totalTax, invoiceNumbers));
    }

    @Override
    public void close() {
        producer.close(ACKNOWLEDGEMENT);
    }

    private UUID declare(ErpTotalsDeclared declared) {
        String json = FapiaoJson.mapper().writeValueAsString(declared);
        readBack(() -> DeclarationEventReader.read(json));
        send(Topics.ERP_DECLARATIONS, declared.sellerTaxId(), json, "declaration " + declared.eventId());
        return declared.eventId();
    }

    /** Reads the event back as the relay will, so one it would dead-letter is refused here instead. */
    private static void readBack(Runnable relaysReader) {
        try {
            relaysReader.run();
        } catch (UnreadableEvent refused) {
            throw new PublishRefused(List.of(refused.refusal()));
        }
    }

    private void send(String topic, String key, String json, String what) {
        try {
            producer.send(new ProducerRecord<>(topic, key, json))
                    .get(ACKNOWLEDGEMENT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new PublishFailed(what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailed(what, e);
        }
    }
}
