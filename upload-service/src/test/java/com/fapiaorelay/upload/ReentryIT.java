package com.fapiaorelay.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.testsupport.TestInvoices;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

class ReentryIT extends UploadServiceTestBase {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    UploadApi api;
    StoredSubmissions stored;

    @BeforeEach
    void console() {
        api = UploadApi.at(port);
        stored = new StoredSubmissions(jdbc);
    }

    @Test
    void correctionUnderTheSameNumberReplacesTheContentAndIsUploadedOnce() {
        Invoice lost = TestInvoices.invoice();
        stored.storeAs(lost, InvoiceState.UPLOADED, 3);
        Invoice corrected = TestInvoices.withRemarks(lost, "补录：税务系统未收到");

        UploadApi.Response first = reenter(reentry(11, lost, corrected, "clerk"));
        UploadApi.Response again = reenter(reentry(11, lost, corrected, "clerk"));

        assertThat(first.status()).isEqualTo(202);
        assertThat(first.json().get("outcome").asString()).isEqualTo("REPLACED");
        assertThat(again.json().get("outcome").asString()).isEqualTo("DUPLICATE");
        InvoiceStatusChanged queued = StatusAwait.awaitStatus(lost.key(), InvoiceState.UPLOAD_PENDING, 4);
        assertThat(queued.reasonCode()).isEqualTo("REENTRY");
        assertThat(StatusAwait.awaitStatus(lost.key(), InvoiceState.UPLOADED, 5).version())
                .isEqualTo(5);
        assertThat(sandboxUploads(lost)).isEqualTo(1);
        assertThat(auditActors(lost)).containsExactly("reviewer", "reviewer");
    }

    @Test
    void correctionUnderANewNumberSupersedesTheOriginal() {
        Invoice rejected = TestInvoices.invoice();
        stored.storeAs(rejected, InvoiceState.REJECTED, 2);
        Invoice reissued = TestInvoices.invoice();

        UploadApi.Response response = reenter(reentry(12, rejected, reissued, "clerk"));

        assertThat(response.status()).isEqualTo(202);
        assertThat(response.json().get("superseded").asString())
                .isEqualTo(rejected.key().toString());
        InvoiceStatusChanged superseded = StatusAwait.awaitStatus(rejected.key(), InvoiceState.SUPERSEDED, 3);
        assertThat(superseded.reason()).contains(reissued.key().toString());
        StatusAwait.awaitStatus(reissued.key(), InvoiceState.UPLOADED, 1);
        JsonHistory history = history(reissued);
        assertThat(history.source()).isEqualTo("reentry:12");
        assertThat(history.attemptOutcomes()).isEqualTo("ACCEPTED");
    }

    @Test
    void theAuthorCannotApproveTheirOwnCorrectionEvenNamingAnotherReviewer() {
        Invoice rejected = TestInvoices.invoice();
        stored.storeAs(rejected, InvoiceState.REJECTED, 2);

        UploadApi.Response response = reenter(reentry(13, rejected, TestInvoices.invoice(), "reviewer"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(stored.stateOf(rejected)).isEqualTo("REJECTED");
    }

    @Test
    void anInvoiceStillInFlightIsNotSuperseded() {
        Invoice pending = TestInvoices.invoice();
        stored.storeAs(pending, InvoiceState.OUTCOME_UNKNOWN, 2);

        UploadApi.Response response = reenter(reentry(14, pending, TestInvoices.invoice(), "clerk"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body()).contains("in flight");
    }

    private static Map<String, Object> reentry(long id, Invoice original, Invoice corrected, String author) {
        Map<String, Object> body = new HashMap<>();
        body.put("correctionId", id);
        body.put("supersedes", original.key());
        body.put("invoice", corrected);
        body.put("author", author);
        body.put("reviewer", "someone-else-named-in-the-body");
        return body;
    }

    /** Posts as the person {@code reviewer}: the checker is whoever authenticated, whatever the body names. */
    private UploadApi.Response reenter(Map<String, Object> body) {
        return api.asPerson("reviewer", "REVIEWER", "/api/v1/admin/reentries", body);
    }

    private JsonHistory history(Invoice invoice) {
        var json = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/api/v1/admin/submissions/{seller}/{number}", invoice.sellerTaxId(), invoice.invoiceNumber())
                .header(UploadApi.AUTHORIZATION, UploadApi.bearerFor("viewer", "VIEWER"))
                .retrieve()
                .body(JsonNode.class);
        StringBuilder outcomes = new StringBuilder();
        json.get("attempts")
                .forEach(attempt -> outcomes.append(attempt.get("outcome").asString()));
        return new JsonHistory(json.get("source").asString(), outcomes.toString());
    }

    private int sandboxUploads(Invoice invoice) {
        return jdbc.sql("SELECT upload_count FROM sandbox.tax_record WHERE invoice_number = ?")
                .param(invoice.invoiceNumber())
                .query(Integer.class)
                .single();
    }

    private List<String> auditActors(Invoice invoice) {
        return jdbc.sql("SELECT actor FROM audit_event WHERE action = 'REENTRY_APPROVED' AND detail LIKE ?")
                .param("%" + invoice.key() + "%")
                .query(String.class)
                .list();
    }

    record JsonHistory(String source, String attemptOutcomes) {}
}
