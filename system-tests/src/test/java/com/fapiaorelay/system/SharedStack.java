package com.fapiaorelay.system;

import com.fapiaorelay.common.event.InvoiceSubmitted;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.standalone.stack.EmbeddedStack;
import com.fapiaorelay.standalone.stack.StackSettings;
import com.fapiaorelay.standalone.stack.Timings;
import com.fapiaorelay.testsupport.TestInvoices;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;

/**
 * One embedded stack per test JVM, started by the first system test that asks and stopped when the JVM exits, with
 * one round of traffic: {@link #INVOICES} valid invoices, one invalid invoice (an anomaly, so an alert is delivered
 * to {@link #webhook()}) and one unreadable record (a dead letter). Starting a stack costs more than most tests.
 */
final class SharedStack {

    static final int INVOICES = 1000;

    private static SharedStack shared;

    private final EmbeddedStack stack;
    private final WebhookReceiver webhook;
    private final List<Invoice> invoices;

    private SharedStack(EmbeddedStack stack, WebhookReceiver webhook, List<Invoice> invoices) {
        this.stack = stack;
        this.webhook = webhook;
        this.invoices = invoices;
    }

    static synchronized SharedStack get() throws Exception {
        if (shared == null) {
            shared = start(Map.of(), INVOICES);
            shared.publishTraffic();
        }
        return shared;
    }

    /**
     * A stack of its own whose services speak 乐企 to the sandbox (docs/leqi.md), with {@code count} invoices of traffic;
     * the caller closes it.
     */
    static SharedStack overLeqi(int count) throws Exception {
        SharedStack leqi = start(Map.of("fapiao.tax.channel", "leqi"), count);
        leqi.publishTraffic();
        return leqi;
    }

    void close() {
        stop(stack, webhook);
    }

    EmbeddedStack stack() {
        return stack;
    }

    WebhookReceiver webhook() {
        return webhook;
    }

    /** A read of sync-service's API as an operator, who sees every seller. */
    JsonNode ledger(String path) {
        return Http.getJson(stack.syncUrl() + path, EmbeddedStack.AUTHORIZATION, stack.opsCredential());
    }

    /** The valid invoices of the traffic; each should end CONFIRMED and reach the tax system exactly once. */
    List<Invoice> invoices() {
        return invoices;
    }

    private static SharedStack start(Map<String, String> channel, int count) throws Exception {
        WebhookReceiver webhook = WebhookReceiver.start();
        Map<String, String> overrides = new HashMap<>(Timings.DEMO);
        overrides.putAll(channel);
        overrides.put("fapiao.alert.webhook.url", webhook.url());
        overrides.put("fapiao.alert.webhook.secret", "system-test-secret");
        // one automatic re-upload round, so an invoice lost every time reaches the work queue within a minute
        overrides.put("fapiao.sync.confirmation.max-reupload-rounds", "1");
        EmbeddedStack stack = EmbeddedStack.start(StackSettings.ephemeral(overrides));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(stack, webhook), "shared-stack-stop"));
        List<Invoice> invoices = IntStream.range(0, count)
                .mapToObj(i -> TestInvoices.invoice(
                        i % 2 == 0 ? TestInvoices.SELLER : TestInvoices.OTHER_SELLER, (100 + i) + ".00"))
                .toList();
        return new SharedStack(stack, webhook, invoices);
    }

    /** Hands invoices to upload-service as an ERP would, on the submitted topic. */
    void submit(Invoice... more) {
        try (var producer = producer()) {
            List.of(more).forEach(invoice -> producer.send(submitted(invoice)));
        }
    }

    private void publishTraffic() {
        try (var producer = producer()) {
            invoices.forEach(invoice -> producer.send(submitted(invoice)));
            producer.send(submitted(TestInvoices.withGrandTotal(TestInvoices.invoice(), "1.00")));
            producer.send(new ProducerRecord<>(Topics.INVOICES_SUBMITTED, "unreadable", "{not json"));
        }
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    private static ProducerRecord<String, String> submitted(Invoice invoice) {
        return new ProducerRecord<>(
                Topics.INVOICES_SUBMITTED,
                invoice.key().toString(),
                FapiaoJson.mapper().writeValueAsString(InvoiceSubmitted.of("system-test-erp", invoice)));
    }

    private static void stop(EmbeddedStack stack, WebhookReceiver webhook) {
        try {
            stack.close();
        } catch (Exception e) {
            throw new IllegalStateException("Stopping the shared stack", e);
        } finally {
            webhook.close();
        }
    }
}
