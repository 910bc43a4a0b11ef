package com.fapiaorelay.sync.statuschange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.sync.SellerDay;
import com.fapiaorelay.sync.SyncIntegrationTest;
import com.fapiaorelay.sync.UploadServiceStub;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class StatusChangesIT extends SyncIntegrationTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 2);

    private final SellerDay sellerA = SellerDay.fresh(DAY);
    private final SellerDay sellerB = SellerDay.fresh(DAY);
    private final String keyOfA = UploadServiceStub.grant(sellerA.sellerTaxId());
    private final String keyOfB = UploadServiceStub.grant(sellerB.sellerTaxId());

    @Test
    void eachKeyPagesThroughItsOwnSellersChangesInVersionOrderAndNothingElse() {
        Invoice ofA = sellerA.issuedAtSecond(10);
        Invoice ofB = sellerB.issuedAtSecond(10);
        String startOfA = nextAfterEverything(keyOfA);

        publishState(ofA, InvoiceState.RECEIVED, 1);
        publishState(ofB, InvoiceState.RECEIVED, 1);
        publishState(ofA, InvoiceState.UPLOAD_PENDING, 2);
        publishState(ofA, InvoiceState.REJECTED, 3);

        await().atMost(Duration.ofSeconds(60))
                .until(() -> everythingAfter(keyOfA, startOfA).size() == 3);
        List<JsonNode> seenByA = everythingAfter(keyOfA, startOfA);
        assertThat(seenByA.stream().map(change -> change.path("version").asLong()))
                .containsExactly(1L, 2L, 3L);
        assertThat(seenByA.stream().map(change -> change.path("state").asString()))
                .containsExactly("RECEIVED", "UPLOAD_PENDING", "REJECTED");
        assertThat(seenByA.stream().map(change -> change.path("invoiceNumber").asString()))
                .containsOnly(ofA.invoiceNumber());
        List<JsonNode> seenByB = everythingAfter(keyOfB, null);
        assertThat(seenByB.stream().map(change -> change.path("sellerTaxId").asString()))
                .containsExactly(sellerB.sellerTaxId());
    }

    @Test
    void aCursorWeNeverGaveIsRefused() {
        Answer answer = asKey(keyOfA, "/api/v1/status-changes?since=not-ours");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("type").asString()).endsWith("/cursor-invalid");
    }

    @Test
    void peopleReadEverySellersChanges() {
        Invoice ofB = sellerB.issuedAtSecond(20);
        publishState(ofB, InvoiceState.RECEIVED, 1);

        await().atMost(Duration.ofSeconds(60))
                .until(() -> everythingAfter(null, null).stream()
                        .anyMatch(change ->
                                change.path("invoiceNumber").asString().equals(ofB.invoiceNumber())));
    }

    /**
     * Pages through every change after {@code since}, as an ERP would, keeping the cursor between pages: pages of two
     * for a key, so its few changes take several; of a thousand for a person, who reads every test's changes.
     */
    private List<JsonNode> everythingAfter(String key, String since) {
        List<JsonNode> changes = new ArrayList<>();
        String cursor = since;
        while (true) {
            JsonNode page = page(key, cursor, key == null ? 1000 : 2);
            page.path("changes").valueStream().forEach(changes::add);
            if (page.path("changes").isEmpty()) {
                return changes;
            }
            cursor = page.path("next").asString();
        }
    }

    private String nextAfterEverything(String key) {
        String cursor = null;
        JsonNode page;
        do {
            page = page(key, cursor, 1000);
            cursor = page.path("next").asString();
        } while (!page.path("changes").isEmpty());
        return cursor;
    }

    private JsonNode page(String key, String cursor, int limit) {
        String path = "/api/v1/status-changes?limit=" + limit + (cursor == null ? "" : "&since=" + cursor);
        Answer answer = key == null ? get(path) : asKey(key, path);
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }
}
