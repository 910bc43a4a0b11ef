package com.fapiaorelay.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.testsupport.TestCredentials;
import com.fapiaorelay.testsupport.TestInvoices;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

class ApiKeyIT extends UploadServiceTestBase {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    UploadApi api;
    UploadApi.CreatedKey erp;

    @BeforeEach
    void erpWithAKeyForOneSeller() {
        api = UploadApi.at(port);
        erp = api.createKey("kingdee-test", TestInvoices.SELLER);
    }

    @Test
    void keyUsedForAnotherSellerIsRefusedAndAudited() {
        Invoice foreign = TestInvoices.invoice(TestInvoices.OTHER_SELLER, "500.00");

        UploadApi.Response response = api.submit(erp.key(), foreign);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("type").asString()).endsWith("/seller-not-permitted");
        assertThat(storedCount(foreign)).isZero();
        assertThat(jdbc.sql("SELECT action, seller_tax_id FROM audit_event WHERE actor = ?")
                        .param("api-key:" + erp.id())
                        .query((rs, row) -> rs.getString(1) + " " + rs.getString(2))
                        .list())
                .containsExactly("SUBMIT_REFUSED " + TestInvoices.OTHER_SELLER);
    }

    @Test
    void csvImportWithAnotherSellersInvoiceIsRefusedWhole() {
        Invoice own = TestInvoices.invoice();
        Invoice foreign = TestInvoices.invoice(TestInvoices.OTHER_SELLER, "700.00");
        byte[] csv = CsvFixture.csv(own, foreign).getBytes(StandardCharsets.UTF_8);

        UploadApi.Response response = api.importCsv(erp.key(), csv, MediaType.parseMediaType("text/csv"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("sellerTaxIds").get(0).asString()).isEqualTo(TestInvoices.OTHER_SELLER);
        assertThat(storedCount(own) + storedCount(foreign)).isZero();
    }

    @Test
    void requestWithoutAKnownKeyIsUnauthorized() {
        Invoice invoice = TestInvoices.invoice();

        assertThat(api.submit(null, invoice).status()).isEqualTo(401);
        assertThat(api.submit("frk_not-a-key", invoice).status()).isEqualTo(401);
        assertThat(storedCount(invoice)).isZero();
    }

    @Test
    void revokedKeyIsRefused() {
        UploadApi.CreatedKey revoked = api.createKey("retired-erp", TestInvoices.SELLER);
        UploadApi.Response revocation = api.http()
                .delete()
                .uri("/api/v1/admin/api-keys/" + revoked.id())
                .header(UploadApi.AUTHORIZATION, UploadApi.bearerFor("admin", "ADMIN"))
                .exchange((request, response) -> UploadApi.Response.of(response));

        assertThat(revocation.status()).isEqualTo(204);
        assertThat(api.submit(revoked.key(), TestInvoices.invoice()).status()).isEqualTo(401);
    }

    @Test
    void keysAreCreatedOnlyByAdminsAndStoredHashed() {
        UploadApi.Response withoutToken = api.send(
                "/api/v1/admin/api-keys",
                UploadApi.AUTHORIZATION,
                TestCredentials.bearer("wrong-token"),
                MediaType.APPLICATION_JSON,
                "{\"name\":\"x\",\"sellerTaxIds\":[\"1\"]}".getBytes());
        UploadApi.Response byAReviewer = api.asPerson(
                "supervisor", "REVIEWER", "/api/v1/admin/api-keys", Map.of("name", "x", "sellerTaxIds", List.of("1")));

        assertThat(withoutToken.status()).isEqualTo(401);
        assertThat(byAReviewer.status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM api_key WHERE key_hash = ?")
                        .param(erp.key())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT key_hash FROM api_key WHERE id = ?::uuid")
                        .param(erp.id())
                        .query(String.class)
                        .single())
                .hasSize(64)
                .doesNotContain(erp.key());
    }

    @Test
    void otherServicesLearnAKeysSellersOnlyWithTheirOwnToken() {
        UploadApi.Response answer = introspect(TestCredentials.SYNC_CALLER_TOKEN, erp.key());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("active").asBoolean()).isTrue();
        assertThat(answer.json().get("keyId").asString()).isEqualTo(erp.id());
        assertThat(answer.json().get("sellerTaxIds").get(0).asString()).isEqualTo(TestInvoices.SELLER);
        assertThat(introspect(TestCredentials.SYNC_CALLER_TOKEN, "frk_not-a-key")
                        .json()
                        .get("active")
                        .asBoolean())
                .isFalse();
        assertThat(introspect(TestCredentials.OPS_TOKEN, erp.key()).status()).isEqualTo(403);
        assertThat(introspect("not-a-service-token", erp.key()).status()).isEqualTo(401);
    }

    private UploadApi.Response introspect(String serviceToken, String key) {
        return api.send(
                "/api/v1/internal/api-keys/introspection",
                UploadApi.AUTHORIZATION,
                TestCredentials.bearer(serviceToken),
                MediaType.APPLICATION_JSON,
                ("{\"key\":\"" + key + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private long storedCount(Invoice invoice) {
        return jdbc.sql("SELECT count(*) FROM submission WHERE seller_tax_id = ? AND invoice_number = ?")
                .param(invoice.sellerTaxId())
                .param(invoice.invoiceNumber())
                .query(Long.class)
                .single();
    }
}
