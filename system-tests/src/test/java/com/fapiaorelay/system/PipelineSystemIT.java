package com.fapiaorelay.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The whole pipeline on the embedded stack: ERP event in, CONFIRMED in the ledger, each uploaded exactly once; once
 * more, smaller, with the services speaking 乐企 to the sandbox.
 */
class PipelineSystemIT {

    private static final int LEQI_INVOICES = 60;

    @Test
    void everyInvoiceEndsConfirmedAndReachedTheTaxSystemExactlyOnce() throws Exception {
        SharedStack shared = SharedStack.get();
        endsConfirmedAndUploadedOnce(shared);
        JsonNode statistics = Http.getJson(shared.stack().sandboxUrl() + "/sandbox/statistics");
        assertThat(statistics.path("records").asLong()).isEqualTo(SharedStack.INVOICES);
        assertThat(statistics.path("uploads").asLong()).isEqualTo(SharedStack.INVOICES);
    }

    @Test
    void overLeqiEveryInvoiceEndsConfirmedAndReachedTheTaxSystemExactlyOnce() throws Exception {
        SharedStack leqi = SharedStack.overLeqi(LEQI_INVOICES);
        try {
            endsConfirmedAndUploadedOnce(leqi);
            // the canary's simulated uploads are records too: every record arrived once, none twice
            JsonNode statistics = Http.getJson(leqi.stack().sandboxUrl() + "/sandbox/statistics");
            assertThat(statistics.path("repeatedUploads").asLong()).isZero();
            assertThat(statistics.path("uploads").asLong())
                    .isEqualTo(statistics.path("records").asLong());
            assertThat(statistics.path("records").asLong()).isGreaterThanOrEqualTo(LEQI_INVOICES);
        } finally {
            leqi.close();
        }
    }

    private static void endsConfirmedAndUploadedOnce(SharedStack traffic) {
        int count = traffic.invoices().size();
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(traffic.ledger("/api/v1/invoices/counts")
                                .path("byState")
                                .path("CONFIRMED")
                                .asLong())
                        .isEqualTo(count));
        assertThat(traffic.invoices())
                .allSatisfy(invoice -> assertThat(traffic.ledger(
                                        "/api/v1/invoices/" + invoice.sellerTaxId() + "/" + invoice.invoiceNumber())
                                .path("state")
                                .asString())
                        .isEqualTo("CONFIRMED"));
    }
}
