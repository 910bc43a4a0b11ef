package com.fapiaorelay.sync.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.tax.UploadOutcome;
import com.fapiaorelay.common.time.BusinessDays;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.sync.SellerDay;
import com.fapiaorelay.sync.SyncIntegrationTest;
import com.fapiaorelay.sync.TopicRecorder;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class ReconciliationIT extends SyncIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final LocalDate DAY = BusinessDays.today(Clock.systemUTC()).minusDays(2);

    @Autowired
    ReconciliationScheduler scheduler;

    @Autowired
    Reconciliations reconciliations;

    @Test
    void findsExactlyTheDiscrepanciesPlantedInTheSandbox() {
        SellerDay sellerDay = SellerDay.fresh(DAY);
        List<Invoice> ours = IntStream.range(0, 300)
                .mapToObj(i -> sellerDay.issuedAtSecond(i * 288L))
                .toList();
        List<Invoice> notUploaded = List.of(ours.get(10), ours.get(150), ours.get(290));
        Invoice altered = ours.get(250);
        List<Invoice> otherChannel = List.of(sellerDay.issuedAtSecond(11_664), sellerDay.issuedAtSecond(57_744));
        List<Invoice> held = new ArrayList<>(ours);
        held.removeAll(notUploaded);
        held.addAll(otherChannel);
        assertThat(sandbox.upload(held)).allMatch(result -> result.outcome() == UploadOutcome.ACCEPTED);
        ours.forEach(invoice -> sendUploaded(invoice, invoice == altered ? raised(invoice) : null));
        kafka.flush();
        awaitLedgerHolds(sellerDay, 300);

        JsonNode run = reconcile(sellerDay);

        assertThat(run.path("run").path("missingInTax").asInt()).isEqualTo(3);
        assertThat(run.path("run").path("unknownToUs").asInt()).isEqualTo(2);
        assertThat(run.path("run").path("fieldMismatch").asInt()).isEqualTo(1);
        assertThat(run.path("discrepancies")
                        .valueStream()
                        .map(d -> tuple(
                                d.path("kind").asString(),
                                d.path("key").path("invoiceNumber").asString())))
                .containsExactlyInAnyOrder(
                        tuple("MISSING_IN_TAX", ours.get(10).invoiceNumber()),
                        tuple("MISSING_IN_TAX", ours.get(150).invoiceNumber()),
                        tuple("MISSING_IN_TAX", ours.get(290).invoiceNumber()),
                        tuple("UNKNOWN_TO_US", otherChannel.get(0).invoiceNumber()),
                        tuple("UNKNOWN_TO_US", otherChannel.get(1).invoiceNumber()),
                        tuple("FIELD_MISMATCH", altered.invoiceNumber()));
        // one summary, one look-up of the six differing leaves' keys, one listing of each leaf with a residue
        assertThat(run.path("run").path("remoteCalls").asInt()).isEqualTo(1 + 1 + 2);
        assertThat(run.path("run").path("taxSystem").path("count").asLong()).isEqualTo(299);
    }

    @Test
    void exportsDiscrepanciesAsCsvThatExcelReadsAsUtf8() {
        SellerDay sellerDay = SellerDay.fresh(DAY);
        Invoice missing = sellerDay.issuedAtSecond(3_600);
        publishUploaded(missing, null);
        awaitLedgerHolds(sellerDay, 1);
        long id = reconcile(sellerDay).path("run").path("id").asLong();

        HttpResponse<byte[]> csv = getBytes("/api/v1/reconciliations/" + id + "/discrepancies.csv");

        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines =
                new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("发票号码 invoice_number");
        assertThat(lines.get(1))
                .startsWith("MISSING_IN_TAX," + sellerDay.sellerTaxId() + "," + missing.invoiceNumber());
        assertThat(lines.get(1)).contains("税务系统中没有");
    }

    @Test
    void runWithDiscrepanciesRaisesOneAnomalyAndCountsThem() {
        SellerDay sellerDay = SellerDay.fresh(DAY);
        publishUploaded(sellerDay.issuedAtSecond(7_200), null);
        awaitLedgerHolds(sellerDay, 1);

        reconcile(sellerDay);

        String fingerprint = "RECONCILIATION:" + sellerDay.sellerTaxId() + ":" + DAY;
        await().atMost(PATIENCE)
                .until(() -> !TopicRecorder.on(Topics.ANOMALIES, fingerprint).isEmpty());
        JsonNode anomaly = TopicRecorder.on(Topics.ANOMALIES, fingerprint).get(0);
        assertThat(anomaly.path("anomalyType").asString()).isEqualTo("RECONCILIATION");
        assertThat(anomaly.path("sellerTaxId").asString()).isEqualTo(sellerDay.sellerTaxId());
        assertThat(anomaly.path("summary").asString()).contains("1 missing");
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(scrape())
                        .contains("fapiao_reconciliation_discrepancies_total{kind=\"MISSING_IN_TAX\"")
                        .contains("fapiao_reconciliation_remote_calls_count")
                        .contains("fapiao_scheduler_last_run{scheduler=\"reconciliation\""));
    }

    @Test
    void scheduledRunReconcilesEverySellerOfTheDayAndAgreementRaisesNothing() {
        LocalDate day = BusinessDays.today(Clock.systemUTC()).minusDays(40);
        SellerDay sellerDay = SellerDay.fresh(day);
        Invoice invoice = sellerDay.issuedAtSecond(36_000);
        uploadToTaxSystem(invoice);
        publishUploaded(invoice, null);
        awaitLedgerHolds(sellerDay, 1);

        scheduler.reconcile(day);

        ReconciliationRun run =
                reconciliations.latest(sellerDay.sellerTaxId(), day).orElseThrow();
        assertThat(run.trigger()).isEqualTo(Reconciliations.SCHEDULED);
        assertThat(run.status()).isEqualTo(ReconciliationRun.Status.COMPLETED);
        assertThat(run.discrepancies()).isZero();
        assertThat(run.remoteCalls()).isEqualTo(1);
        assertThat(TopicRecorder.on(Topics.ANOMALIES, "RECONCILIATION:" + sellerDay.sellerTaxId() + ":" + day))
                .isEmpty();
        JsonNode listed = get("/api/v1/reconciliations?sellerTaxId=" + sellerDay.sellerTaxId())
                .body();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("id").asLong()).isEqualTo(run.id());
    }

    @Test
    void refusesRequestsWithoutADayAndUnknownRuns() {
        Answer incomplete = post("/api/v1/reconciliations", "{\"sellerTaxId\":\"91110108MA01AB3CX1\"}");
        Answer unknown = get("/api/v1/reconciliations/987654321");

        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.body().path("type").asString()).endsWith("/reconciliation-request-invalid");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().path("title").asString()).isEqualTo("Reconciliation not found");
    }

    private JsonNode reconcile(SellerDay sellerDay) {
        Answer started = post(
                "/api/v1/reconciliations",
                FapiaoJson.mapper()
                        .writeValueAsString(new ReconciliationRequest(sellerDay.sellerTaxId(), sellerDay.day())));
        assertThat(started.status()).isEqualTo(202);
        String path = "/api/v1/reconciliations/" + started.body().path("id").asLong();
        await().atMost(PATIENCE)
                .until(() ->
                        !get(path).body().path("run").path("status").asString().equals("RUNNING"));
        JsonNode run = get(path).body();
        assertThat(run.path("run").path("status").asString()).isEqualTo("COMPLETED");
        return run;
    }

    private void publishUploaded(Invoice invoice, InvoiceFigures figures) {
        publish(uploaded(invoice, figures));
    }

    /** Without waiting for each acknowledgement: a few hundred events in one go. */
    private void sendUploaded(Invoice invoice, InvoiceFigures figures) {
        kafka.send(
                Topics.INVOICES_STATUS,
                invoice.key().toString(),
                FapiaoJson.mapper().writeValueAsString(uploaded(invoice, figures)));
    }

    private static InvoiceStatusChanged uploaded(Invoice invoice, InvoiceFigures figures) {
        return InvoiceStatusChanged.of(
                UPLOAD_SERVICE,
                invoice.key(),
                InvoiceState.UPLOADED,
                1,
                null,
                null,
                "R-" + invoice.invoiceNumber(),
                figures == null ? InvoiceFigures.of(invoice) : figures);
    }

    private static InvoiceFigures raised(Invoice invoice) {
        return new InvoiceFigures(
                invoice.totalAmount().add(new BigDecimal("100.00")), invoice.totalTax(), invoice.issuedAt());
    }

    private void awaitLedgerHolds(SellerDay sellerDay, int invoices) {
        String counts = "/api/v1/invoices/counts?sellerTaxId=" + sellerDay.sellerTaxId() + "&from=" + sellerDay.day()
                + "&to=" + sellerDay.day();
        await().atMost(PATIENCE).until(() -> get(counts).body().path("total").asInt() == invoices);
    }
}
