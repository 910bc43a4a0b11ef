package com.fapiaorelay.sync.confirm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.tax.UploadResult;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.sync.SyncIntegrationTest;
import com.fapiaorelay.sync.TopicRecorder;
import com.fapiaorelay.testsupport.TestInvoices;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ConfirmationIT extends SyncIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Test
    void confirmsInvoiceOnceTheTaxSystemShowsIt() {
        Invoice invoice = TestInvoices.invoice();
        UploadResult upload = uploadToTaxSystem(invoice);

        publishUploaded(invoice, 3);

        await().atMost(PATIENCE).until(() -> stateOf(invoice.key()).equals("CONFIRMED"));
        JsonNode ledger = ledger(invoice.key()).body();
        assertThat(ledger.path("receiptId").asString()).isEqualTo(upload.receiptId());
        assertThat(ledger.path("figures").path("totalAmount").asString()).isEqualTo("1000.00");
        assertThat(timelineStates(ledger)).containsExactly("UPLOADED", "CONFIRMED");
        await().atMost(PATIENCE).until(() -> ownStatusEvents(invoice.key()).contains("CONFIRMED"));
    }

    @Test
    void delayedVisibilityWithinAllowanceRaisesNoMissing() {
        Invoice invoice = TestInvoices.invoice();
        publishUploaded(invoice, 1);
        await().atMost(PATIENCE)
                .until(() -> ledger(invoice.key()).body().path("lookups").asInt() >= 2);
        assertThat(stateOf(invoice.key())).isEqualTo("UPLOADED");

        uploadToTaxSystem(invoice);

        await().atMost(PATIENCE).until(() -> stateOf(invoice.key()).equals("CONFIRMED"));
        assertThat(timelineStates(ledger(invoice.key()).body())).doesNotContain("MISSING");
        assertThat(TopicRecorder.on(Topics.INVOICES_REUPLOAD, invoice.key().toString()))
                .isEmpty();
    }

    @Test
    void silentLossLeadsToMissingAndReuploadRequestThenConfirmationAfterReupload() {
        Invoice invoice = TestInvoices.invoice();
        publishUploaded(invoice, 1);

        await().atMost(PATIENCE).until(() -> stateOf(invoice.key()).equals("MISSING"));
        await().atMost(PATIENCE).until(() -> !reuploadRequests(invoice.key()).isEmpty());
        assertThat(reuploadRequests(invoice.key()).get(0).path("round").asInt()).isEqualTo(1);

        uploadToTaxSystem(invoice);
        publishUploaded(invoice, 2);

        await().atMost(PATIENCE).until(() -> stateOf(invoice.key()).equals("CONFIRMED"));
        assertThat(timelineStates(ledger(invoice.key()).body()))
                .containsExactly("UPLOADED", "MISSING", "UPLOADED", "CONFIRMED");
        assertThat(anomalies(invoice.key())).isEmpty();
    }

    @Test
    void missingAfterTheLastReuploadRoundAlertsAHumanAndResolvesOnceVisible() {
        Invoice invoice = TestInvoices.invoice();
        publishUploaded(invoice, 1);
        await().atMost(PATIENCE).until(() -> reuploadRequests(invoice.key()).size() == 1);
        publishUploaded(invoice, 2);

        await().atMost(PATIENCE).until(() -> !anomalies(invoice.key()).isEmpty());
        JsonNode missing = anomalies(invoice.key()).get(0);
        assertThat(missing.path("anomalyType").asString()).isEqualTo("MISSING");
        assertThat(missing.path("resolved").asBoolean()).isFalse();
        assertThat(stateOf(invoice.key())).isEqualTo("MISSING");
        assertThat(reuploadRequests(invoice.key())).hasSize(1);

        uploadToTaxSystem(invoice);

        await().atMost(PATIENCE).until(() -> stateOf(invoice.key()).equals("CONFIRMED"));
        await().atMost(PATIENCE).until(() -> anomalies(invoice.key()).size() == 2);
        JsonNode resolved = anomalies(invoice.key()).get(1);
        assertThat(resolved.path("resolved").asBoolean()).isTrue();
        assertThat(resolved.path("fingerprint").asString())
                .isEqualTo(missing.path("fingerprint").asString());
    }

    @Test
    void alteredAmountLeadsToMismatch() {
        Invoice invoice = TestInvoices.invoice();
        uploadToTaxSystem(invoice);
        var sent = new InvoiceFigures(new BigDecimal("1100.00"), invoice.totalTax(), invoice.issuedAt());

        publish(InvoiceStatusChanged.of(
                UPLOAD_SERVICE, invoice.key(), InvoiceState.UPLOADED, 1, null, null, null, sent));

        await().atMost(PATIENCE).until(() -> stateOf(invoice.key()).equals("MISMATCH"));
        assertThat(ledger(invoice.key()).body().path("reason").asString())
                .contains("totalAmount")
                .contains("1100.00")
                .contains("1000.00");
        await().atMost(PATIENCE).until(() -> !anomalies(invoice.key()).isEmpty());
        assertThat(anomalies(invoice.key()).get(0).path("anomalyType").asString())
                .isEqualTo("MISMATCH");
    }

    @Test
    void exportsConfirmationMetricsAndTheSchedulerHeartbeat() {
        Invoice invoice = TestInvoices.invoice();
        uploadToTaxSystem(invoice);
        publishUploaded(invoice, 1);
        await().atMost(PATIENCE).until(() -> stateOf(invoice.key()).equals("CONFIRMED"));

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(scrape())
                        .contains("fapiao_sync_confirmations_total{outcome=\"confirmed\"")
                        .contains("fapiao_sync_confirmation_latency_seconds_count")
                        .containsPattern("fapiao_sync_end_to_end_latency_seconds_bucket\\{[^}]*le=\"300.0\"")
                        .containsPattern("fapiao_sync_end_to_end_latency_seconds_count\\{[^}]*} [1-9]")
                        .contains("fapiao_scheduler_last_run{scheduler=\"confirmation\"")
                        .containsPattern("fapiao_invoices_by_state\\{[^}]*state=\"CONFIRMED\"[^}]*} [1-9]"));
    }

    private static List<JsonNode> reuploadRequests(InvoiceKey key) {
        return TopicRecorder.on(Topics.INVOICES_REUPLOAD, key.toString());
    }

    private static List<JsonNode> anomalies(InvoiceKey key) {
        return TopicRecorder.on(Topics.ANOMALIES, "MISSING:" + key).isEmpty()
                ? TopicRecorder.on(Topics.ANOMALIES, "MISMATCH:" + key)
                : TopicRecorder.on(Topics.ANOMALIES, "MISSING:" + key);
    }

    private static List<String> ownStatusEvents(InvoiceKey key) {
        return TopicRecorder.on(Topics.INVOICES_STATUS, key.toString()).stream()
                .filter(event -> event.path("source").asString().equals("sync-service"))
                .map(event -> event.path("state").asString())
                .toList();
    }
}
