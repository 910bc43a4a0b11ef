package com.fapiaorelay.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.event.InvoiceSubmitted;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.standalone.EmbeddedStack;
import com.fapiaorelay.standalone.StackSettings;
import com.fapiaorelay.standalone.Timings;
import com.fapiaorelay.testsupport.TestInvoices;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The whole pipeline on the embedded stack: ERP event in, CONFIRMED in the ledger, each uploaded exactly once. */
class PipelineSystemIT {

    private static final int INVOICES = 1000;
    private static final HttpClient http = HttpClient.newHttpClient();
    private static EmbeddedStack stack;

    @BeforeAll
    static void startStack() throws Exception {
        stack = EmbeddedStack.start(StackSettings.ephemeral(Timings.DEMO));
    }

    @AfterAll
    static void stopStack() throws Exception {
        stack.close();
    }

    @Test
    void everyInvoiceEndsConfirmedAndReachedTheTaxSystemExactlyOnce() {
        List<Invoice> invoices = IntStream.range(0, INVOICES)
                .mapToObj(i -> TestInvoices.invoice(
                        i % 2 == 0 ? TestInvoices.SELLER : TestInvoices.OTHER_SELLER, (100 + i) + ".00"))
                .toList();

        publish(invoices);

        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(get(stack.syncUrl() + "/api/v1/invoices/counts")
                                .path("byState")
                                .path("CONFIRMED")
                                .asLong())
                        .isEqualTo(INVOICES));
        JsonNode statistics = get(stack.sandboxUrl() + "/sandbox/statistics");
        assertThat(statistics.path("records").asLong()).isEqualTo(INVOICES);
        assertThat(statistics.path("uploads").asLong()).isEqualTo(INVOICES);
        assertThat(invoices)
                .allSatisfy(invoice -> assertThat(get(stack.syncUrl() + "/api/v1/invoices/" + invoice.sellerTaxId()
                                        + "/" + invoice.invoiceNumber())
                                .path("state")
                                .asString())
                        .isEqualTo("CONFIRMED"));
    }

    private static void publish(List<Invoice> invoices) {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            invoices.forEach(invoice -> producer.send(new ProducerRecord<>(
                    Topics.INVOICES_SUBMITTED,
                    invoice.key().toString(),
                    FapiaoJson.mapper().writeValueAsString(InvoiceSubmitted.of("system-test-erp", invoice)))));
        }
    }

    private static JsonNode get(String url) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return FapiaoJson.mapper().readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException("GET " + url, e);
        }
    }
}
