package com.fapiaorelay.upload;

import static com.fapiaorelay.upload.StatusAwait.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.InvoiceSubmitted;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.testsupport.JsonLogCapture;
import com.fapiaorelay.testsupport.TestInvoices;
import com.fapiaorelay.testsupport.TopicRecorder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The ERP's trace id reaches upload-service's JSON log lines about the invoice, and crosses the outbox onto the
 * status event and the anomaly upload-service publishes about it, for sync-service and alert-service to continue.
 */
class TraceLogIT extends UploadServiceTestBase {

    @Value("${logging.structured.format.console}")
    String logFormat;

    @Test
    void erpsTraceIdIsInTheInvoicesLogLinesAndOnTheEventsAboutIt() {
        try (JsonLogCapture logs = JsonLogCapture.start(logFormat)) {
            submitWithTraceAndFollow(logs);
        }
    }

    private void submitWithTraceAndFollow(JsonLogCapture logs) {
        Invoice invoice = TestInvoices.withGrandTotal(TestInvoices.invoice(), "1.00");
        InvoiceSubmitted submitted = InvoiceSubmitted.of("test-erp", invoice);
        String traceId = randomHex(16);

        erp.publish(
                Topics.INVOICES_SUBMITTED,
                invoice.key().toString(),
                submitted,
                Map.of("traceparent", "00-" + traceId + "-" + randomHex(8) + "-01"));
        awaitStatus(invoice.key(), InvoiceState.INVALID, 1);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(logs.lines()).anySatisfy(line -> {
                    assertThat(line.path("traceId").asString()).isEqualTo(traceId);
                    assertThat(line.path("invoiceKey").asString())
                            .isEqualTo(invoice.key().toString());
                    assertThat(line.path("eventId").asString())
                            .isEqualTo(submitted.eventId().toString());
                    assertThat(line.path("log").path("level").asString()).isEqualTo("WARN");
                }));
        assertThat(traceparents(
                        statusEvents,
                        record -> record.key().equals(invoice.key().toString())))
                .singleElement(STRING)
                .contains(traceId);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(traceparents(anomalies, record -> isAbout(record, invoice)))
                        .singleElement(STRING)
                        .contains(traceId));
    }

    private static List<String> traceparents(TopicRecorder topic, Predicate<ConsumerRecord<String, String>> filter) {
        return topic.records().stream()
                .filter(filter)
                .map(record -> record.headers().lastHeader("traceparent"))
                .map(TraceLogIT::text)
                .toList();
    }

    private static boolean isAbout(ConsumerRecord<String, String> anomaly, Invoice invoice) {
        return invoice.invoiceNumber()
                .equals(FapiaoJson.mapper()
                        .readValue(anomaly.value(), AnomalyRaised.class)
                        .invoiceNumber());
    }

    private static String text(Header header) {
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
