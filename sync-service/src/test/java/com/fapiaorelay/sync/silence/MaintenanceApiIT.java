package com.fapiaorelay.sync.silence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.sync.SellerDay;
import com.fapiaorelay.sync.SyncIntegrationTest;
import com.fapiaorelay.sync.UploadServiceStub;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Declaring an ERP source's maintenance over REST, for the test configuration's source 金蝶-北京, in 2030. */
class MaintenanceApiIT extends SyncIntegrationTest {

    private static final String SELLER = "91110108MA0S1LENT1";
    private static final String PATH =
            "/api/v1/silent-sources/" + URLEncoder.encode("金蝶-北京", StandardCharsets.UTF_8) + "/maintenance";
    private static final String WINDOW =
            "{\"from\":\"2030-01-05T22:00:00+08:00\",\"until\":\"2030-01-06T06:00:00+08:00\",\"reason\":\"ERP 升级\"}";

    @Test
    void anErpKeyHoldingTheSourcesSellersDeclaresListsAndWithdrawsAWindow() {
        String key = UploadServiceStub.grant(SELLER);

        Answer declared = postAsKey(key, PATH, WINDOW);

        assertThat(declared.status()).isEqualTo(201);
        assertThat(declared.body().path("sourceName").asString()).isEqualTo("金蝶-北京");
        assertThat(declared.body().path("reason").asString()).isEqualTo("ERP 升级");
        String id = declared.body().path("id").asString();
        assertThat(asKey(key, PATH)
                        .body()
                        .valueStream()
                        .map(window -> window.path("id").asString()))
                .contains(id);
        assertThat(send(asOperator(PATH + "/" + id).DELETE().build()).status()).isEqualTo(204);
        assertThat(send(asOperator(PATH + "/" + id).DELETE().build()).status()).isEqualTo(404);
    }

    @Test
    void anotherErpsKeyCanNeitherDeclareNorSeeTheSourcesMaintenance() {
        String otherKey = UploadServiceStub.grant(
                SellerDay.fresh(LocalDate.of(2030, 1, 5)).sellerTaxId());

        assertThat(postAsKey(otherKey, PATH, WINDOW).status()).isEqualTo(403);
        assertThat(asKey(otherKey, PATH).status()).isEqualTo(403);
    }

    @Test
    void aWindowEndingBeforeItStartsOrForAnUnknownSourceIsRefusedWithItsCode() {
        Answer backwards = post(
                PATH,
                "{\"from\":\"2030-01-06T06:00:00+08:00\",\"until\":\"2030-01-05T22:00:00+08:00\",\"reason\":\"x\"}");
        Answer unknown = post("/api/v1/silent-sources/SAP-nowhere/maintenance", WINDOW);

        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body().path("code").asString()).isEqualTo("window-invalid");
        assertThat(backwards.body().path("field").asString()).isEqualTo("until");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().path("code").asString()).isEqualTo("source-unknown");
    }
}
