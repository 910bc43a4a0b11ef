package com.fapiaorelay.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.InvoiceSubmitted;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.testsupport.TestInvoices;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A window ops declare at run time closes the upload gate for every worker until it ends or is cancelled. */
class MaintenanceWindowIT extends UploadServiceTestBase {

    private static final String WINDOWS = "/api/v1/admin/maintenance-windows";
    private static final String REASON = "税局系统升级 / tax bureau upgrade";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    UploadApi api;

    @BeforeEach
    void operator() {
        api = UploadApi.at(port);
    }

    @Test
    void declaredWindowHoldsUploadsWithoutSpendingRetriesAndSendsOneNoticeUntilCancelled() {
        Instant now = Instant.now();
        UploadApi.Response declared = declare(now.minusSeconds(60), now.plus(Duration.ofHours(1)));
        assertThat(declared.status()).isEqualTo(201);
        String id = declared.json().get("id").asString();
        try {
            Invoice invoice = TestInvoices.invoice();
            erp.publish(Topics.INVOICES_SUBMITTED, invoice.key().toString(), InvoiceSubmitted.of("test-erp", invoice));

            await().atMost(Duration.ofSeconds(20)).until(() -> attempts(invoice) == 0);
            await().during(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> attempts(invoice) == 0 && "UPLOAD_PENDING".equals(stateOf(invoice)));
            assertThat(listed()).contains(id);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> noticesOfThisWindow().size() == 1
                            && !latestMaintenanceNotice().resolved());

            cancel(id);
            assertThat(listed()).doesNotContain(id);

            StatusAwait.awaitStatus(invoice.key(), InvoiceState.UPLOADED, 2);
            assertThat(attempts(invoice)).as("the window spent no attempt").isEqualTo(1);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> latestMaintenanceNotice().resolved());
            assertThat(noticesOfThisWindow()).hasSize(1);
        } finally {
            cancel(id);
        }
    }

    @Test
    void windowEndingBeforeItStartsIsRefusedAsAProblemAndNothingIsStored() {
        Instant now = Instant.now();
        int before = listed().size();

        UploadApi.Response refused = declare(now.plusSeconds(600), now.plusSeconds(60));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("type").asString()).endsWith("maintenance-window-invalid");
        assertThat(listed()).hasSize(before);
    }

    private UploadApi.Response declare(Instant start, Instant end) {
        return api.asPerson(
                "wang.ops",
                "OPERATOR",
                WINDOWS,
                Map.of(
                        "start", start.atOffset(ZoneOffset.ofHours(8)).toString(),
                        "end", end.atOffset(ZoneOffset.ofHours(8)).toString(),
                        "reason", REASON));
    }

    private List<String> listed() {
        String body = api.http()
                .get()
                .uri(WINDOWS)
                .header(UploadApi.AUTHORIZATION, UploadApi.bearerFor("wang.ops", "OPERATOR"))
                .retrieve()
                .body(String.class);
        return FapiaoJson.mapper()
                .readTree(body)
                .valueStream()
                .map(window -> window.get("id").asString())
                .toList();
    }

    private void cancel(String id) {
        api.http()
                .delete()
                .uri(WINDOWS + "/" + id)
                .header(UploadApi.AUTHORIZATION, UploadApi.bearerFor("wang.ops", "OPERATOR"))
                .exchange((request, answer) -> answer.getStatusCode().value());
    }

    private static List<AnomalyRaised> noticesOfThisWindow() {
        return maintenanceNotices()
                .filter(notice -> notice.summary().contains(REASON))
                .toList();
    }

    private static AnomalyRaised latestMaintenanceNotice() {
        return maintenanceNotices().reduce((earlier, later) -> later).orElseThrow();
    }

    private static Stream<AnomalyRaised> maintenanceNotices() {
        return anomalies.records().stream()
                .map(record -> FapiaoJson.mapper().readValue(record.value(), AnomalyRaised.class))
                .filter(anomaly -> anomaly.anomalyType().equals("MAINTENANCE"));
    }

    private Integer attempts(Invoice invoice) {
        return jdbc.sql("SELECT attempts FROM submission WHERE seller_tax_id = ? AND invoice_number = ?")
                .params(invoice.sellerTaxId(), invoice.invoiceNumber())
                .query(Integer.class)
                .optional()
                .orElse(-1);
    }

    private String stateOf(Invoice invoice) {
        return new StoredSubmissions(jdbc).stateOf(invoice);
    }
}
