package com.fapiaorelay.sync.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.common.validation.Finding;
import com.fapiaorelay.common.validation.Severity;
import com.fapiaorelay.sync.SyncIntegrationTest;
import com.fapiaorelay.sync.TopicRecorder;
import com.fapiaorelay.testsupport.RawPublisher;
import com.fapiaorelay.testsupport.TestInvoices;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LedgerIT extends SyncIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Test
    void staleStatusEventIsIgnored() {
        Invoice invoice = TestInvoices.invoice();
        publish(upstream(invoice, InvoiceState.REJECTED, 3, "E1001"));
        publish(upstream(invoice, InvoiceState.UPLOADED, 2, null));
        publish(upstream(invoice, InvoiceState.REJECTED, 3, "E1001"));
        publish(upstream(invoice, InvoiceState.UPLOAD_FAILED, 4, "RETRY_BUDGET_SPENT"));

        await().atMost(PATIENCE).until(() -> stateOf(invoice.key()).equals("UPLOAD_FAILED"));
        JsonNode ledger = ledger(invoice.key()).body();
        assertThat(timelineStates(ledger)).containsExactly("REJECTED", "UPLOAD_FAILED");
        assertThat(ledger.path("lookups").asInt()).isZero();
    }

    @Test
    void recordsStatesThatNeedAHumanWithTheirReason() {
        Invoice invoice = TestInvoices.invoice();

        Finding finding = new Finding(
                "TAXID_FORMAT", Severity.ERROR, "seller.taxId", "纳税人识别号格式错误", "taxpayer ID malformed", null);
        publish(upstream(invoice, InvoiceState.INVALID, 1, "TAX_ID_CHECK_DIGIT").withFindings(List.of(finding)));

        await().atMost(PATIENCE).until(() -> stateOf(invoice.key()).equals("INVALID"));
        JsonNode ledger = ledger(invoice.key()).body();
        assertThat(ledger.path("reasonCode").asString()).isEqualTo("TAX_ID_CHECK_DIGIT");
        assertThat(ledger.path("findings").get(0).path("field").asString()).isEqualTo("seller.taxId");
        assertThat(ledger.path("timeline").get(0).path("source").asString()).isEqualTo(UPLOAD_SERVICE);
    }

    @Test
    void searchFindsAnInvoiceByItsNumberAlone() {
        Invoice invoice = TestInvoices.invoice();
        publish(upstream(invoice, InvoiceState.UPLOAD_PENDING, 1, null));
        await().atMost(PATIENCE).until(() -> stateOf(invoice.key()).equals("UPLOAD_PENDING"));

        JsonNode found =
                get("/api/v1/invoices?invoiceNumber=" + invoice.invoiceNumber()).body();

        assertThat(found.path("total").asLong()).isEqualTo(1);
        assertThat(found.path("items").get(0).path("sellerTaxId").asString()).isEqualTo(invoice.sellerTaxId());
    }

    @Test
    void ownStatusEventsComingBackAreIgnored() {
        Invoice invoice = TestInvoices.invoice();
        publish(InvoiceStatusChanged.of(
                "sync-service", invoice.key(), InvoiceState.CONFIRMED, 9, null, null, null, null));
        publish(upstream(invoice, InvoiceState.UPLOAD_PENDING, 1, null));

        await().atMost(PATIENCE).until(() -> stateOf(invoice.key()).equals("UPLOAD_PENDING"));
        assertThat(timelineStates(ledger(invoice.key()).body())).containsExactly("UPLOAD_PENDING");
    }

    @Test
    void eventsStampedAsOursArePassedOverUnread() throws Exception {
        Invoice invoice = TestInvoices.invoice();
        InvoiceStatusChanged stamped = upstream(invoice, InvoiceState.UPLOADED, 5, null);
        kafka.send(new ProducerRecord<>(
                        Topics.INVOICES_STATUS,
                        null,
                        invoice.key().toString(),
                        FapiaoJson.mapper().writeValueAsString(stamped),
                        List.of(new RecordHeader(
                                OwnEventStamp.HEADER, "sync-service".getBytes(StandardCharsets.UTF_8)))))
                .get(10, TimeUnit.SECONDS);
        publish(upstream(invoice, InvoiceState.UPLOAD_PENDING, 1, null));

        await().atMost(PATIENCE).until(() -> stateOf(invoice.key()).equals("UPLOAD_PENDING"));
        assertThat(timelineStates(ledger(invoice.key()).body())).containsExactly("UPLOAD_PENDING");
    }

    @Test
    void confirmedFromAnotherSourceIsRecorded() {
        Invoice invoice = TestInvoices.invoice();
        publish(upstream(invoice, InvoiceState.UPLOADED, 1, null));
        publish(InvoiceStatusChanged.of(
                "tax-bureau-feed", invoice.key(), InvoiceState.CONFIRMED, 2, null, null, "R-9", null));

        await().atMost(PATIENCE).until(() -> stateOf(invoice.key()).equals("CONFIRMED"));
        assertThat(timelineStates(ledger(invoice.key()).body())).containsExactly("UPLOADED", "CONFIRMED");
    }

    @Test
    void invoiceLeftInANonFinalStatePastItsSlaRaisesStuck() {
        Invoice invoice = TestInvoices.invoice();

        publish(upstream(invoice, InvoiceState.OUTCOME_UNKNOWN, 1, "TIMEOUT"));

        await().atMost(PATIENCE)
                .until(() -> !TopicRecorder.on(Topics.ANOMALIES, "STUCK:" + invoice.key())
                        .isEmpty());
        JsonNode stuck =
                TopicRecorder.on(Topics.ANOMALIES, "STUCK:" + invoice.key()).get(0);
        assertThat(stuck.path("summary").asString()).contains("OUTCOME_UNKNOWN");
        assertThat(stateOf(invoice.key())).isEqualTo("OUTCOME_UNKNOWN");
    }

    @Test
    void unknownInvoiceAnswersProblemDetail404() {
        Answer answer = ledger(new InvoiceKey(TestInvoices.SELLER, "00000000000000000000"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().path("title").asString()).isEqualTo("Invoice not found");
        assertThat(answer.body().path("detail").asString()).contains("00000000000000000000");
    }

    @Test
    void unreadableStatusEventIsDeadLetteredWithoutStallingTheLedger() {
        Invoice invoice = TestInvoices.invoice();
        publishRaw(invoice.key(), "{not json");
        publish(upstream(invoice, InvoiceState.REJECTED, 1, "E1001"));

        await().atMost(PATIENCE).until(() -> stateOf(invoice.key()).equals("REJECTED"));
        await().atMost(PATIENCE)
                .until(() -> TopicRecorder.rawOn(
                                Topics.INVOICES_STATUS + "-dlt", invoice.key().toString())
                        .contains("{not json"));
    }

    @Test
    void tombstoneIsDeadLetteredWithoutStallingTheLedger() {
        Invoice invoice = TestInvoices.invoice();
        try (RawPublisher kcat = new RawPublisher()) {
            kcat.send(Topics.INVOICES_STATUS, null, invoice.key().toString(), (byte[]) null);
        }
        publish(upstream(invoice, InvoiceState.REJECTED, 1, "E1001"));

        await().atMost(PATIENCE).until(() -> stateOf(invoice.key()).equals("REJECTED"));
        await().atMost(PATIENCE)
                .until(() -> !TopicRecorder.rawOn(
                                Topics.INVOICES_STATUS + "-dlt", invoice.key().toString())
                        .isEmpty());
    }

    @Test
    void statusEventWithFiguresOutOfMagnitudeIsDeadLetteredAtOnce() {
        Invoice invoice = TestInvoices.invoice();
        String huge = FapiaoJson.mapper()
                .writeValueAsString(upstream(invoice, InvoiceState.UPLOADED, 1, null))
                .replaceFirst("\"totalAmount\":\"[^\"]*\"", "\"totalAmount\":\"1E+99999999\"");
        publishRaw(invoice.key(), huge);
        publish(upstream(invoice, InvoiceState.REJECTED, 2, "E1001"));

        await().atMost(PATIENCE).until(() -> stateOf(invoice.key()).equals("REJECTED"));
        await().atMost(PATIENCE)
                .until(() -> TopicRecorder.rawOn(
                                Topics.INVOICES_STATUS + "-dlt", invoice.key().toString())
                        .equals(List.of(huge)));
    }

    @Test
    void countsInvoicesByStateForASellerAndPeriod() {
        String seller = newSeller();
        Invoice first = TestInvoices.invoice(seller, "10.00");
        publish(upstream(first, InvoiceState.REJECTED, 1, "E1001"));
        publish(upstream(TestInvoices.invoice(seller, "20.00"), InvoiceState.REJECTED, 1, "E1001"));
        Invoice last = TestInvoices.invoice(seller, "30.00");
        publish(upstream(last, InvoiceState.UPLOAD_FAILED, 1, null));
        // the days the invoices were issued on (China's calendar), not the test's "today": they differ from 00:00 to
        // 01:00 Beijing time, as the invoices are issued an hour ago
        String from = first.issuedAt().toLocalDate().toString();
        String to = last.issuedAt().toLocalDate().toString();

        await().atMost(PATIENCE)
                .until(() -> get("/api/v1/invoices/counts?sellerTaxId=" + seller)
                                .body()
                                .path("total")
                                .asInt()
                        == 3);
        JsonNode counts = get("/api/v1/invoices/counts?sellerTaxId=" + seller + "&from=" + from + "&to=" + to)
                .body();
        assertThat(counts.path("byState").path("REJECTED").asInt()).isEqualTo(2);
        assertThat(counts.path("byState").path("UPLOAD_FAILED").asInt()).isEqualTo(1);
        assertThat(get("/api/v1/invoices/counts?sellerTaxId=" + seller + "&from=2000-01-01&to=2000-12-31")
                        .body()
                        .path("total")
                        .asInt())
                .isZero();
        assertThat(get("/api/v1/invoices/counts").body().path("total").asInt()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void searchFindsInvoicesBySellerAndStateWithPaging() {
        String seller = newSeller();
        for (int i = 1; i <= 3; i++) {
            publish(upstream(TestInvoices.invoice(seller, i + "0.00"), InvoiceState.REJECTED, 1, "E1001"));
        }
        publish(upstream(TestInvoices.invoice(seller, "99.00"), InvoiceState.INVALID, 1, null));
        await().atMost(PATIENCE)
                .until(() -> get("/api/v1/invoices?sellerTaxId=" + seller)
                                .body()
                                .path("total")
                                .asInt()
                        == 4);

        JsonNode page = get("/api/v1/invoices?sellerTaxId=" + seller + "&state=REJECTED&limit=2&offset=0")
                .body();
        JsonNode rest = get("/api/v1/invoices?sellerTaxId=" + seller + "&state=REJECTED&limit=2&offset=2")
                .body();

        assertThat(page.path("total").asInt()).isEqualTo(3);
        assertThat(page.path("items").size()).isEqualTo(2);
        assertThat(rest.path("items").size()).isEqualTo(1);
        assertThat(get("/api/v1/invoices?limit=0").status()).isEqualTo(400);
    }

    @Test
    void exportsASearchAsCsvWithAByteOrderMark() {
        String seller = newSeller();
        Invoice rejected = TestInvoices.invoice(seller, "10.00");
        publish(upstream(rejected, InvoiceState.REJECTED, 1, "E1001"));
        publish(upstream(TestInvoices.invoice(seller, "20.00"), InvoiceState.UPLOAD_FAILED, 1, null));
        await().atMost(PATIENCE)
                .until(() -> get("/api/v1/invoices?sellerTaxId=" + seller)
                                .body()
                                .path("total")
                                .asInt()
                        == 2);

        HttpResponse<byte[]> csv = getBytes("/api/v1/invoices.csv?sellerTaxId=" + seller + "&state=REJECTED");

        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition -> assertThat(disposition).contains("invoices-" + seller + ".csv"));
        assertThat(Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines =
                new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).contains("发票号码 invoice_number");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith(seller + "," + rejected.invoiceNumber() + ",REJECTED,10.00,0.60,");
        assertThat(lines.get(1)).contains("reason E1001");
    }

    @Test
    void exportNeutralisesCellsASpreadsheetWouldReadAsFormulas() {
        String seller = newSeller();
        Invoice invoice = TestInvoices.invoice(seller, "10.00");
        InvoiceStatusChanged hostile = upstream(invoice, InvoiceState.REJECTED, 1, "E1001");
        publish(new InvoiceStatusChanged(
                hostile.eventId(),
                hostile.eventType(),
                hostile.schemaVersion(),
                hostile.occurredAt(),
                hostile.source(),
                seller,
                "=HYPERLINK(\"http://x\")",
                hostile.state(),
                1,
                "E1001",
                "-1+2",
                "@SUM(A1)",
                hostile.figures(),
                List.of()));
        await().atMost(PATIENCE)
                .until(() -> get("/api/v1/invoices?sellerTaxId=" + seller)
                                .body()
                                .path("total")
                                .asInt()
                        == 1);

        String csv = new String(
                getBytes("/api/v1/invoices.csv?sellerTaxId=" + seller).body(), StandardCharsets.UTF_8);

        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\"", "'@SUM(A1)", "'-1+2");
        assertThat(csv).doesNotContain(",=", ",@", ",-1+2");
    }

    private static InvoiceStatusChanged upstream(Invoice invoice, InvoiceState state, long version, String code) {
        return InvoiceStatusChanged.of(
                UPLOAD_SERVICE,
                invoice.key(),
                state,
                version,
                code,
                code == null ? null : "reason " + code,
                null,
                InvoiceFigures.of(invoice));
    }

    private static String newSeller() {
        return "9111"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase();
    }
}
