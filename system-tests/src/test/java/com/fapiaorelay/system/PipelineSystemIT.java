package com.fapiaorelay.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.standalone.EmbeddedStack;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The whole pipeline on the embedded stack: ERP event in, CONFIRMED in the ledger, each uploaded exactly once. */
class PipelineSystemIT {

    private static SharedStack shared;
    private static EmbeddedStack stack;

    @BeforeAll
    static void startStack() throws Exception {
        shared = SharedStack.get();
        stack = shared.stack();
    }

    @Test
    void everyInvoiceEndsConfirmedAndReachedTheTaxSystemExactlyOnce() {
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(shared.ledger("/api/v1/invoices/counts")
                                .path("byState")
                                .path("CONFIRMED")
                                .asLong())
                        .isEqualTo(SharedStack.INVOICES));
        JsonNode statistics = Http.getJson(stack.sandboxUrl() + "/sandbox/statistics");
        assertThat(statistics.path("records").asLong()).isEqualTo(SharedStack.INVOICES);
        assertThat(statistics.path("uploads").asLong()).isEqualTo(SharedStack.INVOICES);
        assertThat(shared.invoices())
                .allSatisfy(invoice -> assertThat(shared.ledger(
                                        "/api/v1/invoices/" + invoice.sellerTaxId() + "/" + invoice.invoiceNumber())
                                .path("state")
                                .asString())
                        .isEqualTo("CONFIRMED"));
    }
}
