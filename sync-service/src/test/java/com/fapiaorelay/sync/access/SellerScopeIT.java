package com.fapiaorelay.sync.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.sync.SellerDay;
import com.fapiaorelay.sync.SyncIntegrationTest;
import com.fapiaorelay.sync.UploadServiceStub;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SellerScopeIT extends SyncIntegrationTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

    private final SellerDay sellerA = SellerDay.fresh(DAY);
    private final SellerDay sellerB = SellerDay.fresh(DAY);
    private final Invoice invoiceOfA = sellerA.issuedAtSecond(3600);
    private final Invoice invoiceOfB = sellerB.issuedAtSecond(3600);
    private String keyOfA;

    @BeforeEach
    void ledgerHoldsAnInvoiceOfEachSeller() {
        keyOfA = UploadServiceStub.grant(sellerA.sellerTaxId());
        publishRejected(invoiceOfA);
        publishRejected(invoiceOfB);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> stateOf(invoiceOfA.key()).equals("REJECTED")
                        && stateOf(invoiceOfB.key()).equals("REJECTED"));
    }

    @Test
    void keyReadsItsOwnSellersInvoiceButNotAnothers() {
        assertThat(asKeyOfA("/api/v1/invoices/" + sellerA.sellerTaxId() + "/" + invoiceOfA.invoiceNumber())
                        .status())
                .isEqualTo(200);

        Answer foreign = asKeyOfA("/api/v1/invoices/" + sellerB.sellerTaxId() + "/" + invoiceOfB.invoiceNumber());

        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.body().path("type").asString()).endsWith("/seller-not-permitted");
        assertThat(foreign.body().path("detail").asString()).contains(sellerB.sellerTaxId(), "无权");
    }

    @Test
    void searchWithoutASellerCoversOnlyTheKeysSellers() {
        JsonNode page = asKeyOfA("/api/v1/invoices?limit=500").body();

        assertThat(page.path("items")
                        .valueStream()
                        .map(item -> item.path("sellerTaxId").asString()))
                .containsOnly(sellerA.sellerTaxId());
        assertThat(asKeyOfA("/api/v1/invoices/counts").body().path("total").asLong())
                .isEqualTo(1);
    }

    @Test
    void searchCountsAndExportForAnotherSellerAreRefused() {
        String other = "?sellerTaxId=" + sellerB.sellerTaxId();

        assertThat(asKeyOfA("/api/v1/invoices" + other).status()).isEqualTo(403);
        assertThat(asKeyOfA("/api/v1/invoices/counts" + other).status()).isEqualTo(403);
        assertThat(asKeyOfA("/api/v1/invoices.csv" + other).status()).isEqualTo(403);
    }

    @Test
    void reportsAndReconciliationsOfAnotherSellerAreRefused() {
        String dayOfB = "{\"sellerTaxId\":\"" + sellerB.sellerTaxId() + "\",\"day\":\"" + DAY + "\"}";
        long runOfB = post("/api/v1/reconciliations", dayOfB).body().path("id").asLong();

        assertThat(asKeyOfA("/api/v1/reports/" + sellerB.sellerTaxId() + "/" + DAY)
                        .status())
                .isEqualTo(403);
        assertThat(postAsKeyOfA("/api/v1/reports", dayOfB).status()).isEqualTo(403);
        assertThat(postAsKeyOfA("/api/v1/reconciliations", dayOfB).status()).isEqualTo(403);
        assertThat(asKeyOfA("/api/v1/reconciliations/" + runOfB).status()).isEqualTo(403);
        assertThat(asKeyOfA("/api/v1/reconciliations/" + runOfB + "/discrepancies.csv")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void peopleReadEverySeller() {
        assertThat(get("/api/v1/invoices/" + sellerB.sellerTaxId() + "/" + invoiceOfB.invoiceNumber())
                        .status())
                .isEqualTo(200);
        assertThat(get("/api/v1/invoices?limit=500").body().path("total").asLong())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void requestsWithoutGoodCredentialsAreUnauthorized() {
        String path = "/api/v1/invoices/counts";

        assertThat(send(request(path).build()).status()).isEqualTo(401);
        assertThat(send(request(path).header("X-Api-Key", "frk_unknown").build())
                        .status())
                .isEqualTo(401);
        Answer wrongToken =
                send(request(path).header("Authorization", "Bearer not-a-token").build());
        assertThat(wrongToken.status()).isEqualTo(401);
        assertThat(wrongToken.body().path("type").asString()).endsWith("/authentication-required");
    }

    @Test
    void uploadServiceIsAskedAboutAKeyOnceWhileItsAnswerIsKept() {
        for (int i = 0; i < 3; i++) {
            assertThat(asKeyOfA("/api/v1/invoices/counts").status()).isEqualTo(200);
        }

        assertThat(UploadServiceStub.questionsAbout(keyOfA)).isEqualTo(1);
    }

    private Answer asKeyOfA(String path) {
        return send(request(path).header("X-Api-Key", keyOfA).build());
    }

    private Answer postAsKeyOfA(String path, String json) {
        return send(request(path)
                .header("X-Api-Key", keyOfA)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private void publishRejected(Invoice invoice) {
        publish(InvoiceStatusChanged.of(
                UPLOAD_SERVICE,
                invoice.key(),
                InvoiceState.REJECTED,
                1,
                "E1001",
                "rejected for the test",
                null,
                InvoiceFigures.of(invoice)));
    }
}
