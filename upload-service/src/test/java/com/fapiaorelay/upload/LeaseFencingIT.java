package com.fapiaorelay.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.event.InvoiceSubmitted;
import com.fapiaorelay.common.invoice.ContentHash;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.testsupport.SharedInfrastructure;
import com.fapiaorelay.testsupport.TestInvoices;
import com.fapiaorelay.testsupport.TopicRecorder;
import com.fapiaorelay.upload.intake.Intake;
import com.fapiaorelay.upload.submission.Claim;
import com.fapiaorelay.upload.submission.StateChange;
import com.fapiaorelay.upload.submission.Submission;
import com.fapiaorelay.upload.submission.Submissions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An upload claim is a lease: a worker that overran it, and whose invoices another worker claimed since, can neither
 * record an outcome nor hand them back. The gate stays closed all day here, so only the test claims.
 */
@SpringBootTest(
        properties = {
            "spring.config.name=upload-service",
            "spring.profiles.active=dev",
            "spring.kafka.listener.auto-startup=false",
            "fapiao.upload.maintenance-windows=00:00-00:00",
            "fapiao.outbox.interval=50ms"
        })
class LeaseFencingIT {

    private static final TopicRecorder statusEvents = TopicRecorder.of(Topics.INVOICES_STATUS);

    @Autowired
    Intake intake;

    @Autowired
    Submissions submissions;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry, "upload_fencing");
        registry.add("fapiao.tax.base-url", () -> "http://localhost:" + UploadServiceTestBase.SANDBOX_PORT);
    }

    @Test
    void workerWhoseLeaseRanOutAndWasClaimedAgainCannotRecordItsOutcome() {
        Invoice invoice = TestInvoices.invoice();
        intake.accept(List.of(InvoiceSubmitted.of("test-erp", invoice)), "test");
        Claim late = submissions.claim(100, Duration.ofMillis(1));
        assertThat(late.submissions()).extracting(Submission::key).containsExactly(invoice.key());

        Claim current = await().atMost(Duration.ofSeconds(10))
                .until(() -> submissions.claim(100, Duration.ofMinutes(5)), claim -> !claim.isEmpty());

        assertThat(current.submissions()).singleElement().satisfies(again -> {
            assertThat(again.state()).isEqualTo(InvoiceState.OUTCOME_UNKNOWN);
            assertThat(again.attempts()).isEqualTo(2);
        });
        assertThat(submissions.recordOutcomes(
                        late,
                        List.of(StateChange.to(invoice, InvoiceState.REJECTED).because("E1001", "late"))))
                .isEmpty();
        submissions.release(late, late.submissions(), Instant.now());
        assertThat(row(invoice)).containsExactly("OUTCOME_UNKNOWN", 1L, 2);

        assertThat(submissions.recordOutcomes(
                        current,
                        List.of(StateChange.to(invoice, InvoiceState.UPLOADED).withReceipt("R-current"))))
                .containsExactly(invoice.key());
        assertThat(row(invoice)).containsExactly("UPLOADED", 2L, 2);
        await().atMost(Duration.ofSeconds(20)).until(() -> states(invoice).contains(InvoiceState.UPLOADED));
        assertThat(states(invoice)).containsExactly(InvoiceState.UPLOAD_PENDING, InvoiceState.UPLOADED);
    }

    @Test
    void claimAnswersTheStoredCanonicalJsonAndTheFiguresOfEachInvoice() {
        Invoice invoice = TestInvoices.withRemarks(TestInvoices.invoice(), "备注：第二批");
        intake.accept(List.of(InvoiceSubmitted.of("test-erp", invoice)), "test");

        Claim claim = submissions.claim(100, Duration.ofMinutes(5));

        assertThat(claim.submissions()).singleElement().satisfies(claimed -> {
            assertThat(claimed.key()).isEqualTo(invoice.key());
            assertThat(new String(claimed.json(), StandardCharsets.UTF_8))
                    .isEqualTo(ContentHash.canonicalJson(invoice));
            assertThat(claimed.figures()).isEqualTo(InvoiceFigures.of(invoice));
            assertThat(claimed.stored().invoice())
                    .isEqualTo(FapiaoJson.mapper().readValue(ContentHash.canonicalJson(invoice), Invoice.class));
        });
        submissions.release(claim, claim.submissions(), Instant.now().plus(Duration.ofDays(1)));
    }

    private List<Object> row(Invoice invoice) {
        return jdbc.sql("SELECT state, version, attempts FROM submission WHERE invoice_number = ?")
                .param(invoice.invoiceNumber())
                .query((rs, n) -> List.<Object>of(rs.getString("state"), rs.getLong("version"), rs.getInt("attempts")))
                .single();
    }

    private static List<InvoiceState> states(Invoice invoice) {
        return statusEvents.records().stream()
                .filter(record -> invoice.key().toString().equals(record.key()))
                .map(record -> FapiaoJson.mapper()
                        .readValue(record.value(), InvoiceStatusChanged.class)
                        .state())
                .toList();
    }
}
