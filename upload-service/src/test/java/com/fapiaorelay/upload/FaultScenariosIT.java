package com.fapiaorelay.upload;

import static com.fapiaorelay.upload.StatusAwait.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.event.InvoiceSubmitted;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.testsupport.TestInvoices;
import com.fapiaorelay.upload.intake.Intake;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each kind of trouble at the tax interface, switched on in the real sandbox, and the end state it leads to. */
class FaultScenariosIT extends UploadServiceTestBase {

    private static final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Intake intake;

    @Autowired
    CircuitBreakerRegistry breakers;

    /** Each scenario starts with closed breakers: the failures an earlier one provoked are not its own. */
    @BeforeEach
    void breakersClosed() {
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @AfterEach
    void faultsOff() throws Exception {
        sandboxFaults("DELETE", "");
    }

    @Test
    void serverErrorsAreLookedUpUntilTheInterfaceRecoversAndUploadedOnce() throws Exception {
        sandboxFaults("PUT", "error-rate=1");
        Invoice invoice = submit();

        awaitStatus(invoice.key(), InvoiceState.OUTCOME_UNKNOWN, 2);
        assertThat(attempts(invoice, "UNKNOWN")).isEqualTo(1);
        sandboxFaults("DELETE", "");

        awaitStatus(invoice.key(), InvoiceState.UPLOADED, 3);
        assertThat(uploadCount(invoice)).isEqualTo(1);
    }

    @Test
    void serverErrorsAfterStoringAreLookedUpAndNoInvoiceIsUploadedTwice() throws Exception {
        sandboxFaults("PUT", "store-then-error-rate=1");
        List<Invoice> invoices =
                IntStream.range(0, 5).mapToObj(i -> TestInvoices.invoice()).toList();
        intake.accept(
                invoices.stream().map(i -> InvoiceSubmitted.of("test-erp", i)).toList(), "test");

        await().atMost(Duration.ofSeconds(60))
                .until(() -> invoices.stream()
                        .allMatch(invoice -> statusEventsFor(invoice.key()).stream()
                                .anyMatch(event -> event.state() == InvoiceState.UPLOADED)));
        for (Invoice invoice : invoices) {
            assertThat(uploadCount(invoice)).isEqualTo(1);
            assertThat(attempts(invoice, "UNKNOWN")).isEqualTo(1);
            assertThat(attempts(invoice, "ACCEPTED")).isZero();
        }
    }

    @Test
    void responseLostAfterStoringIsLookedUpInsteadOfUploadedAgain() throws Exception {
        sandboxFaults("PUT", "reset-rate=1");
        Invoice invoice = submit();

        awaitStatus(invoice.key(), InvoiceState.OUTCOME_UNKNOWN, 2);
        sandboxFaults("DELETE", "");

        awaitStatus(invoice.key(), InvoiceState.UPLOADED, 3);
        assertThat(uploadCount(invoice)).isEqualTo(1);
        assertThat(attempts(invoice, "ACCEPTED")).isZero();
    }

    @Test
    void maintenanceAnswersAreWaitedOutAndTheInvoiceIsUploadedAfterwards() throws Exception {
        sandboxFaults("PUT", "maintenance-ms=2000");
        Invoice invoice = submit();

        awaitStatus(invoice.key(), InvoiceState.UPLOADED, 2);
        assertThat(attempts(invoice, "RETRYABLE")).isPositive();
        assertThat(uploadCount(invoice)).isEqualTo(1);
    }

    private Invoice submit() {
        Invoice invoice = TestInvoices.invoice();
        erp.publish(Topics.INVOICES_SUBMITTED, invoice.key().toString(), InvoiceSubmitted.of("test-erp", invoice));
        return invoice;
    }

    private long attempts(Invoice invoice, String outcome) {
        return jdbc.sql("SELECT count(*) FROM upload_attempt WHERE invoice_number = ? AND outcome = ?")
                .param(invoice.invoiceNumber())
                .param(outcome)
                .query(Long.class)
                .single();
    }

    private int uploadCount(Invoice invoice) {
        return jdbc.sql("SELECT upload_count FROM sandbox.tax_record WHERE invoice_number = ?")
                .param(invoice.invoiceNumber())
                .query(Integer.class)
                .single();
    }

    private static void sandboxFaults(String method, String settings) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + SANDBOX_PORT + "/sandbox/faults"))
                .header("Content-Type", "text/plain")
                .method(method, HttpRequest.BodyPublishers.ofString(settings))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    }
}
