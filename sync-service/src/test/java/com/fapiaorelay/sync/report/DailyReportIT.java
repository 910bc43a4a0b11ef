package com.fapiaorelay.sync.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.time.BusinessDays;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.sync.SellerDay;
import com.fapiaorelay.sync.SyncIntegrationTest;
import com.fapiaorelay.sync.TopicRecorder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DailyReportIT extends SyncIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final LocalDate DAY = BusinessDays.today(Clock.systemUTC()).minusDays(3);

    @Test
    void reportsStatesRecoveriesWorkForHumansAndTheReconciliationAndSendsItAsInformation() {
        SellerDay sellerDay = SellerDay.fresh(DAY);
        Invoice confirmed = sellerDay.issuedAtSecond(30_000);
        Invoice recovered = sellerDay.issuedAtSecond(31_000);
        Invoice rejected = sellerDay.issuedAtSecond(32_000);
        uploadToTaxSystem(confirmed);
        publishUploaded(confirmed, 1);
        publishUploaded(recovered, 1);
        publish(InvoiceStatusChanged.of(
                UPLOAD_SERVICE,
                rejected.key(),
                InvoiceState.REJECTED,
                1,
                "E1001",
                "total ≠ amount + tax",
                null,
                InvoiceFigures.of(rejected)));
        await().atMost(PATIENCE)
                .until(() -> !TopicRecorder.on(
                                Topics.INVOICES_REUPLOAD, recovered.key().toString())
                        .isEmpty());
        uploadToTaxSystem(recovered);
        publishUploaded(recovered, 2);
        await().atMost(PATIENCE)
                .until(() -> stateOf(recovered.key()).equals("CONFIRMED")
                        && stateOf(confirmed.key()).equals("CONFIRMED"));
        long runId = reconciled(sellerDay);

        Answer made = post("/api/v1/reports", body(sellerDay));

        assertThat(made.status()).isEqualTo(201);
        JsonNode report =
                get("/api/v1/reports/" + sellerDay.sellerTaxId() + "/" + DAY).body();
        assertThat(report.path("byState").path("CONFIRMED").asLong()).isEqualTo(2);
        assertThat(report.path("byState").path("REJECTED").asLong()).isEqualTo(1);
        assertThat(report.path("total").asLong()).isEqualTo(3);
        assertThat(report.path("recoveredAutomatically").asLong()).isEqualTo(1);
        assertThat(report.path("needingHuman").asLong()).isEqualTo(1);
        assertThat(report.path("reconciliation").path("runId").asLong()).isEqualTo(runId);
        assertThat(report.path("reconciliation").path("missingInTax").asInt()).isZero();
        String fingerprint = "DAILY_REPORT:" + sellerDay.sellerTaxId() + ":" + DAY;
        await().atMost(PATIENCE)
                .until(() -> !TopicRecorder.on(Topics.ANOMALIES, fingerprint).isEmpty());
        JsonNode message = TopicRecorder.on(Topics.ANOMALIES, fingerprint).get(0);
        assertThat(message.path("severity").asString()).isEqualTo("INFO");
        assertThat(message.path("sellerTaxId").asString()).isEqualTo(sellerDay.sellerTaxId());
        assertThat(message.path("summary").asString()).contains("1 recovered automatically");
    }

    @Test
    void reportDownloadsAsCsvWithAByteOrderMark() {
        SellerDay sellerDay = SellerDay.fresh(DAY);
        Invoice failed = sellerDay.issuedAtSecond(1_000);
        publish(InvoiceStatusChanged.of(
                UPLOAD_SERVICE,
                failed.key(),
                InvoiceState.UPLOAD_FAILED,
                1,
                "RETRY_BUDGET_SPENT",
                null,
                null,
                InvoiceFigures.of(failed)));
        await().atMost(PATIENCE).until(() -> stateOf(failed.key()).equals("UPLOAD_FAILED"));
        post("/api/v1/reports", body(sellerDay));

        HttpResponse<byte[]> csv = getBytes("/api/v1/reports/" + sellerDay.sellerTaxId() + "/" + DAY + ".csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text)
                .contains(sellerDay.sellerTaxId() + "," + DAY + ",状态 state CONFIRMED,0\r\n")
                .contains(",状态 state UPLOAD_FAILED,1\r\n")
                .contains(",需人工处理 needing_human,1\r\n")
                .contains(",对账 reconciliation,NOT_RUN\r\n");
    }

    @Test
    void reportNeverMadeIsNotFound() {
        Answer answer = get("/api/v1/reports/91110108MA01AB3CX1/2001-01-01");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().path("type").asString()).endsWith("/report-not-found");
    }

    private long reconciled(SellerDay sellerDay) {
        Answer started = post("/api/v1/reconciliations", body(sellerDay));
        String path = "/api/v1/reconciliations/" + started.body().path("id").asLong();
        await().atMost(PATIENCE)
                .until(() ->
                        get(path).body().path("run").path("status").asString().equals("COMPLETED"));
        return started.body().path("id").asLong();
    }

    private static String body(SellerDay sellerDay) {
        return "{\"sellerTaxId\":\"" + sellerDay.sellerTaxId() + "\",\"day\":\"" + sellerDay.day() + "\"}";
    }
}
