package com.fapiaorelay.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.tax.HttpTaxInterface;
import com.fapiaorelay.common.tax.UploadOutcome;
import com.fapiaorelay.testsupport.TestInvoices;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

class ReplayIT extends UploadServiceTestBase {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    UploadApi api;
    StoredSubmissions stored;

    @BeforeEach
    void operator() {
        api = UploadApi.at(port);
        stored = new StoredSubmissions(jdbc);
    }

    @Test
    void failedInvoiceReplayedByKeyIsQueuedAtTheNextVersionAndUploadedAuditedAsWhoAuthenticated() {
        Invoice invoice = TestInvoices.invoice();
        stored.storeAs(invoice, InvoiceState.UPLOAD_FAILED, 3);

        UploadApi.Response response = api.http()
                .post()
                .uri("/api/v1/admin/replays")
                .header(UploadApi.AUTHORIZATION, UploadApi.bearerFor("li.operator", "OPERATOR"))
                .header("X-Actor", "forged-name")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("keys", List.of(invoice.key().toString())))
                .exchange((request, answer) -> UploadApi.Response.of(answer));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("requeued").asInt()).isEqualTo(1);
        InvoiceStatusChanged queued = StatusAwait.awaitStatus(invoice.key(), InvoiceState.UPLOAD_PENDING, 4);
        assertThat(queued.version()).isEqualTo(4);
        assertThat(queued.reasonCode()).isEqualTo("REPLAY");
        assertThat(StatusAwait.awaitStatus(invoice.key(), InvoiceState.UPLOADED, 5)
                        .version())
                .isEqualTo(5);
        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE action = 'REPLAY' AND detail LIKE ?")
                        .param("%" + invoice.key() + "%")
                        .query(String.class)
                        .list())
                .containsExactly("li.operator");
    }

    @Test
    void failedInvoiceWhoseLastOutcomeWasUnknownIsReplayedToBeLookedUpNotSentAgain() {
        Invoice invoice = TestInvoices.invoice();
        assertThat(sandbox().upload(List.of(invoice)).get(0).outcome()).isEqualTo(UploadOutcome.ACCEPTED);
        stored.storeAs(invoice, InvoiceState.UPLOAD_FAILED, 3);
        stored.lastOutcomeUnknown(invoice);

        api.admin("/api/v1/admin/replays", Map.of("keys", List.of(invoice.key().toString())));

        InvoiceStatusChanged queued = StatusAwait.awaitStatus(invoice.key(), InvoiceState.OUTCOME_UNKNOWN, 4);
        assertThat(queued.reasonCode()).isEqualTo("REPLAY");
        assertThat(StatusAwait.awaitStatus(invoice.key(), InvoiceState.UPLOADED, 5)
                        .version())
                .isEqualTo(5);
        assertThat(jdbc.sql("SELECT upload_count FROM sandbox.tax_record WHERE invoice_number = ?")
                        .param(invoice.invoiceNumber())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void rejectedInvoicesOfOneSellerAreReplayedAndOthersLeftAlone() {
        String seller = "9111" + ThreadLocalRandom.current().nextLong(100_000_000_000_000L, 999_999_999_999_999L);
        Invoice rejected = TestInvoices.invoice(seller, "300.00");
        Invoice uploaded = TestInvoices.invoice(seller, "400.00");
        stored.storeAs(rejected, InvoiceState.REJECTED, 2);
        stored.storeAs(uploaded, InvoiceState.UPLOADED, 2);

        UploadApi.Response response =
                api.admin("/api/v1/admin/replays", Map.of("sellerTaxId", seller, "states", List.of("REJECTED")));

        assertThat(response.json().get("keys")).hasSize(1);
        assertThat(response.json().at("/keys/0").asString())
                .isEqualTo(rejected.key().toString());
        assertThat(StatusAwait.awaitStatus(rejected.key(), InvoiceState.UPLOAD_PENDING, 3)
                        .version())
                .isEqualTo(3);
        assertThat(stored.stateOf(uploaded)).isEqualTo("UPLOADED");
    }

    @Test
    void replayOfStatesThatAreNotReplayableOrOfNothingIsRefused() {
        assertThat(api.admin("/api/v1/admin/replays", Map.of("states", List.of("UPLOADED")))
                        .status())
                .isEqualTo(400);
        assertThat(api.admin("/api/v1/admin/replays", Map.of()).status()).isEqualTo(400);
    }

    private static HttpTaxInterface sandbox() {
        return new HttpTaxInterface(
                URI.create("http://localhost:" + SANDBOX_PORT), Duration.ofSeconds(2), Duration.ofSeconds(10));
    }

    @Test
    void auditLogRefusesChanges() {
        api.admin("/api/v1/admin/replays", Map.of("keys", List.of("91110108MA01AB3CX1:none")));

        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor = 'someone else'")
                        .update())
                .hasMessageContaining("append-only");
    }
}
