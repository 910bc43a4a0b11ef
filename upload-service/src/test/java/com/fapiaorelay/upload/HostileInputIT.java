package com.fapiaorelay.upload;

import static com.fapiaorelay.upload.StatusAwait.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.InvoiceSubmitted;
import com.fapiaorelay.common.event.ReuploadRequested;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.kafka.KafkaKitAutoConfiguration;
import com.fapiaorelay.testsupport.RawPublisher;
import com.fapiaorelay.testsupport.TestInvoices;
import com.fapiaorelay.testsupport.TopicRecorder;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Events an outside ERP really sends, published as raw bytes to chosen partitions (as kcat would): each broken one
 * ends in the dead letters with its refusal's code, and every good invoice behind it, on every partition, is uploaded.
 */
class HostileInputIT extends UploadServiceTestBase {

    @LocalServerPort
    int port;

    private static final int PARTITIONS = 6;

    private static final String VERSION_1_WITH_A_NULL_LINE = """
            {"eventId": "0b6f3c1e-7d3a-4c8e-9f10-2a4b6c8d0e12", "eventType": "InvoiceSubmitted", "schemaVersion": 1,
             "occurredAt": "2026-03-01T10:16:00+08:00", "source": "erp-plugin-1.4",
             "invoiceNumber": "%s", "sellerTaxId": "91110108MA01AB3CX1", "sellerName": "北京示例科技有限公司",
             "buyerName": "北京买方有限公司", "invoiceKind": "02", "taxRate": "0.06", "totalAmount": "100.00",
             "totalTax": "6.00", "grandTotal": "106.00", "issuedAt": "2026-03-01T10:15:00", "lines": [null]}
            """;

    @Test
    void brokenEventsAreDeadLetteredAloneAndEveryGoodInvoiceBehindThemIsUploaded() throws Exception {
        try (TopicRecorder deadLetters = TopicRecorder.of(Topics.INVOICES_SUBMITTED_DLT);
                RawPublisher kcat = new RawPublisher()) {
            Map<String, String> expectedCodes = publishBrokenEvents(kcat);
            List<Invoice> good = IntStream.range(0, 5 * PARTITIONS)
                    .mapToObj(i -> TestInvoices.invoice())
                    .toList();
            for (int i = 0; i < good.size(); i++) {
                Invoice invoice = good.get(i);
                kcat.send(
                        Topics.INVOICES_SUBMITTED, i % PARTITIONS, invoice.key().toString(), submitted(invoice));
            }

            good.forEach(invoice -> awaitStatus(invoice.key(), InvoiceState.UPLOADED, 2));
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() ->
                            assertThat(refusalCodes(deadLetters.records())).containsAllEntriesOf(expectedCodes));
            expectedCodes.forEach(
                    (key, code) -> assertThat(awaitStatus(InvoiceKey.parse(key), InvoiceState.UNREADABLE, 0)
                                    .reasonCode())
                            .isEqualTo(code));
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(unreadableAnomalies()).containsAll(expectedCodes.keySet()));
        }
    }

    @Test
    void anOperatorReplaysADeadLetteredSubmissionByKey() throws Exception {
        String key = TestInvoices.invoice().key().toString();
        try (TopicRecorder deadLetters = TopicRecorder.of(Topics.INVOICES_SUBMITTED_DLT);
                RawPublisher kcat = new RawPublisher()) {
            kcat.send(Topics.INVOICES_SUBMITTED, 0, key, without("invoice", "seller"));
            await().atMost(Duration.ofSeconds(20)).until(() -> onKey(deadLetters, key) == 1);

            UploadApi.Response replayed =
                    UploadApi.at(port).admin("/api/v1/admin/dead-letters/replays", Map.of("key", key));

            assertThat(replayed.status()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(20)).until(() -> onKey(deadLetters, key) == 2);
            assertThat(UploadApi.at(port)
                            .admin("/api/v1/admin/dead-letters/replays", Map.of("key", "no-such:key"))
                            .status())
                    .isEqualTo(404);
        }
    }

    @Test
    void aBrokenReuploadRequestIsDeadLetteredWithoutTheRequestsAroundIt() throws Exception {
        Invoice before = uploaded();
        Invoice after = uploaded();
        try (TopicRecorder deadLetters = TopicRecorder.of(Topics.INVOICES_REUPLOAD + "-dlt");
                RawPublisher kcat = new RawPublisher()) {
            kcat.send(Topics.INVOICES_REUPLOAD, 0, before.key().toString(), reupload(before));
            kcat.send(
                    Topics.INVOICES_REUPLOAD,
                    0,
                    "broken",
                    reupload(before).replaceAll("\"invoiceNumber\":\"\\d+\",", ""));
            kcat.send(Topics.INVOICES_REUPLOAD, 0, after.key().toString(), reupload(after));

            awaitStatus(before.key(), InvoiceState.OUTCOME_UNKNOWN, 3);
            awaitStatus(after.key(), InvoiceState.OUTCOME_UNKNOWN, 3);
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() ->
                            assertThat(refusalCodes(deadLetters.records())).containsEntry("broken", "REQUIRED"));
            assertThat(deadLetters.records()).extracting(ConsumerRecord::key).containsOnly("broken");
        }
    }

    @Test
    void twoEventsForOneKeyInOneBatchAreBothRecordedInTurn() throws Exception {
        Invoice corrected = TestInvoices.invoice();
        Invoice first = TestInvoices.withGrandTotal(corrected, "1.00");
        try (RawPublisher kcat = new RawPublisher()) {
            kcat.send(Topics.INVOICES_SUBMITTED, 1, corrected.key().toString(), submitted(first));
            kcat.send(Topics.INVOICES_SUBMITTED, 1, corrected.key().toString(), submitted(corrected));
        }

        awaitStatus(corrected.key(), InvoiceState.UPLOADED, 3);
        assertThat(statusEventsFor(corrected.key()))
                .extracting(event -> event.state() + " v" + event.version())
                .startsWith("INVALID v1", "UPLOAD_PENDING v2");
    }

    @Test
    void aHugeExponentThroughRestIsRefusedAtOnceWithItsFinding() {
        UploadApi api = UploadApi.at(port);
        UploadApi.CreatedKey key = api.createKey("hostile-erp", TestInvoices.SELLER);
        ObjectNode invoice = FapiaoJson.mapper().valueToTree(TestInvoices.invoice());
        invoice.put("totalAmount", "1E+99999999");
        ((ObjectNode) invoice.at("/lines/0")).put("amount", "1E+99999999");

        UploadApi.Response answer =
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> api.submit(key.key(), invoice));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().at("/invoices/0/findings"))
                .extracting(finding -> finding.get("code").asString() + " "
                        + finding.get("field").asString())
                .contains("MONEY_TOO_LARGE totalAmount", "MONEY_TOO_LARGE lines[0].amount");
    }

    @Test
    void aJsonBodyDeclaredOverTheLimitIsRefusedWith413BeforeItIsRead() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream()
                    .write(("POST /api/v1/invoices HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                    + "Content-Length: 8388609\r\nX-Api-Key: any\r\n\r\n{\"invoices\":[")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(15_000);
            StringBuilder answer = new StringBuilder();
            for (int next = socket.getInputStream().read();
                    next >= 0 && answer.indexOf("limitBytes") < 0;
                    next = socket.getInputStream().read()) {
                answer.append((char) next);
            }

            assertThat(answer.toString()).startsWith("HTTP/1.1 413").contains("limitBytes");
        }
    }

    /** Every kind of broken event, one per partition in turn, each under its own key: key → expected refusal code. */
    private static Map<String, String> publishBrokenEvents(RawPublisher kcat) {
        Map<String, String> expected = new LinkedHashMap<>();
        List<Map.Entry<String, String>> broken = List.of(
                Map.entry("REQUIRED", without("invoice")),
                Map.entry("REQUIRED", without("invoice", "seller")),
                Map.entry("REQUIRED", without("invoice", "seller", "taxId")),
                Map.entry("REQUIRED", without("invoice", "invoiceNumber")),
                Map.entry(
                        "REQUIRED",
                        VERSION_1_WITH_A_NULL_LINE.formatted(
                                TestInvoices.invoice().invoiceNumber())),
                Map.entry("MONEY_TOO_LARGE", changed(invoice -> invoice.put("totalAmount", "1E+99999999"))),
                Map.entry("EVENT_EMPTY", ""));
        for (int i = 0; i < broken.size(); i++) {
            String key = TestInvoices.invoice().key().toString();
            String value = broken.get(i).getValue();
            kcat.send(Topics.INVOICES_SUBMITTED, i % PARTITIONS, key, value.isEmpty() ? null : value);
            expected.put(key, broken.get(i).getKey());
        }
        return expected;
    }

    private Invoice uploaded() {
        Invoice invoice = TestInvoices.invoice();
        erp.publish(Topics.INVOICES_SUBMITTED, invoice.key().toString(), InvoiceSubmitted.of("test-erp", invoice));
        awaitStatus(invoice.key(), InvoiceState.UPLOADED, 2);
        return invoice;
    }

    private static String reupload(Invoice invoice) {
        return FapiaoJson.mapper()
                .writeValueAsString(ReuploadRequested.of("sync-service", invoice.key(), 1, "not visible"));
    }

    private static String submitted(Invoice invoice) {
        return FapiaoJson.mapper().writeValueAsString(InvoiceSubmitted.of("kcat", invoice));
    }

    private static String without(String... path) {
        JsonNode tree = FapiaoJson.mapper().valueToTree(InvoiceSubmitted.of("kcat", TestInvoices.invoice()));
        JsonNode parent = tree;
        for (int i = 0; i < path.length - 1; i++) {
            parent = parent.get(path[i]);
        }
        ((ObjectNode) parent).remove(path[path.length - 1]);
        return tree.toString();
    }

    private static String changed(Consumer<ObjectNode> change) {
        JsonNode tree = FapiaoJson.mapper().valueToTree(InvoiceSubmitted.of("kcat", TestInvoices.invoice()));
        change.accept((ObjectNode) tree.get("invoice"));
        return tree.toString();
    }

    private static long onKey(TopicRecorder recorder, String key) {
        return recorder.records().stream()
                .filter(record -> key.equals(record.key()))
                .count();
    }

    private static List<String> unreadableAnomalies() {
        return anomalies.values().stream()
                .map(value -> FapiaoJson.mapper().readValue(value, AnomalyRaised.class))
                .filter(anomaly -> anomaly.anomalyType().equals("UNREADABLE") && anomaly.invoiceNumber() != null)
                .map(anomaly -> anomaly.sellerTaxId() + ":" + anomaly.invoiceNumber())
                .toList();
    }

    private static Map<String, String> refusalCodes(List<ConsumerRecord<String, String>> records) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            Header code = record.headers().lastHeader(KafkaKitAutoConfiguration.REFUSAL_CODE_HEADER);
            codes.put(record.key(), code == null ? "none" : new String(code.value(), StandardCharsets.UTF_8));
        }
        return codes;
    }
}
