package com.fapiaorelay.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.standalone.stack.EmbeddedStack;
import com.fapiaorelay.testsupport.TestInvoices;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An API key made in upload-service reads its seller's invoices in sync-service's ledger, and no other seller's. */
class SellerScopeSystemIT {

    private static SharedStack shared;
    private static EmbeddedStack stack;
    private static String keyOfSeller;

    @BeforeAll
    static void keyForOneSeller() throws Exception {
        shared = SharedStack.get();
        stack = shared.stack();
        Http.Answer created = Http.post(
                stack.uploadUrl() + "/api/v1/admin/api-keys",
                "{\"name\":\"system-test-erp\",\"sellerTaxIds\":[\"" + TestInvoices.SELLER + "\"]}",
                EmbeddedStack.AUTHORIZATION,
                stack.opsCredential());
        assertThat(created.status()).isEqualTo(201);
        keyOfSeller = created.json().path("key").asString();
    }

    @Test
    void keyReadsItsSellersInvoiceAndIsRefusedAnothers() {
        Invoice own = firstOf(TestInvoices.SELLER);
        Invoice foreign = firstOf(TestInvoices.OTHER_SELLER);
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> asKey(own).status() == 200
                        && shared.ledger(path(foreign))
                                .path("sellerTaxId")
                                .asString()
                                .equals(foreign.sellerTaxId()));

        Http.Answer refused = asKey(foreign);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("type").asString()).endsWith("/seller-not-permitted");
    }

    @Test
    void searchWithTheKeyCoversOnlyItsSeller() {
        String page = Http.get(stack.syncUrl() + "/api/v1/invoices?limit=500", "X-Api-Key", keyOfSeller);

        assertThat(page).contains(TestInvoices.SELLER).doesNotContain(TestInvoices.OTHER_SELLER);
    }

    private static Invoice firstOf(String seller) {
        return shared.invoices().stream()
                .filter(invoice -> invoice.sellerTaxId().equals(seller))
                .findFirst()
                .orElseThrow();
    }

    private static Http.Answer asKey(Invoice invoice) {
        return Http.send(HttpRequest.newBuilder(URI.create(stack.syncUrl() + path(invoice)))
                .header("X-Api-Key", keyOfSeller)
                .build());
    }

    private static String path(Invoice invoice) {
        return "/api/v1/invoices/" + invoice.sellerTaxId() + "/" + invoice.invoiceNumber();
    }
}
