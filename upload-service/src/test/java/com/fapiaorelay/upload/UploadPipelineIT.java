package com.fapiaorelay.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.event.InvoiceSubmitted;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.testsupport.TestInvoices;
import com.fapiaorelay.testsupport.TopicRecorder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class UploadPipelineIT extends UploadServiceTestBase {

    /** Bound to {@link TestInvoices#SELLER} alone in {@link UploadServiceTestBase}'s properties. */
    private static final String BOUND_SOURCE = "erp-bound";

    @Autowired
    JdbcClient jdbc;

    @Test
    void uploadsEverySubmittedInvoiceOnceAndAnnouncesUploaded() {
        List<Invoice> invoices =
                IntStream.range(0, 50).mapToObj(i -> TestInvoices.invoice()).toList();

        invoices.forEach(this::submit);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> invoices.forEach(invoice -> assertThat(statusEventsFor(invoice.key()))
                        .extracting(InvoiceStatusChanged::state, InvoiceStatusChanged::version)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(InvoiceState.UPLOAD_PENDING, 1L),
                                org.assertj.core.groups.Tuple.tuple(InvoiceState.UPLOADED, 2L))));
        invoices.forEach(invoice -> assertThat(uploadCount(invoice)).isEqualTo(1));
    }

    @Test
    void repeatedSubmissionOfIdenticalContentIsNotUploadedAgain() {
        Invoice invoice = TestInvoices.invoice();
        submit(invoice);
        awaitState(invoice, InvoiceState.UPLOADED);

        submit(invoice);
        Invoice marker = TestInvoices.invoice();
        submit(marker);
        awaitState(marker, InvoiceState.UPLOADED);

        assertThat(uploadCount(invoice)).isEqualTo(1);
        assertThat(statusEventsFor(invoice.key())).hasSize(2);
    }

    @Test
    void invalidInvoiceIsHeldWithItsFindingsAndAHumanIsTold() {
        Invoice invoice = TestInvoices.withGrandTotal(TestInvoices.invoice(), "1.00");

        submit(invoice);

        InvoiceStatusChanged invalid = awaitState(invoice, InvoiceState.INVALID);
        assertThat(invalid.findings()).anySatisfy(finding -> {
            assertThat(finding.code()).isEqualTo("GRAND_TOTAL");
            assertThat(finding.field()).isEqualTo("grandTotal");
            assertThat(finding.suggestedFix())
                    .isEqualTo(invoice.totalAmount().add(invoice.totalTax()).toPlainString());
        });
        await().atMost(Duration.ofSeconds(10))
                .until(() -> anomalies.values().stream()
                        .map(value -> FapiaoJson.mapper().readValue(value, AnomalyRaised.class))
                        .anyMatch(anomaly -> invoice.invoiceNumber().equals(anomaly.invoiceNumber())
                                && anomaly.anomalyType().equals("INVALID")));
        assertThat(jdbc.sql("SELECT count(*) FROM sandbox.tax_record WHERE invoice_number = ?")
                        .param(invoice.invoiceNumber())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void correctedResubmissionOfAnInvalidInvoiceReplacesItAndIsUploaded() {
        Invoice corrected = TestInvoices.invoice();
        submit(TestInvoices.withGrandTotal(corrected, "1.00"));
        awaitState(corrected, InvoiceState.INVALID);

        submit(corrected);

        assertThat(awaitState(corrected, InvoiceState.UPLOADED).version()).isEqualTo(3);
        assertThat(uploadCount(corrected)).isEqualTo(1);
    }

    @Test
    void newContentForAnUploadedNumberIsAConflictAndNotUploaded() {
        Invoice invoice = TestInvoices.invoice();
        submit(invoice);
        awaitState(invoice, InvoiceState.UPLOADED);

        submit(TestInvoices.withRemarks(invoice, "改过的备注"));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> anomalies.values().stream()
                        .map(value -> FapiaoJson.mapper().readValue(value, AnomalyRaised.class))
                        .anyMatch(anomaly -> invoice.invoiceNumber().equals(anomaly.invoiceNumber())
                                && anomaly.anomalyType().equals("CONFLICT")));
        assertThat(uploadCount(invoice)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT payload FROM conflicting_content WHERE invoice_number = ?")
                        .param(invoice.invoiceNumber())
                        .query(String.class)
                        .single())
                .contains("改过的备注");
    }

    @Test
    void unreadableRecordGoesToTheDeadLetterTopicAndThePartitionMovesOn() throws Exception {
        try (TopicRecorder deadLetters = TopicRecorder.of(Topics.INVOICES_SUBMITTED_DLT)) {
            Invoice after = TestInvoices.invoice();
            erp.publishRaw(Topics.INVOICES_SUBMITTED, after.key().toString(), "{\"eventType\":\"InvoiceSubmitted\"");
            submit(after);

            awaitState(after, InvoiceState.UPLOADED);
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(deadLetters.records()).anySatisfy(record -> {
                        assertThat(record.key()).isEqualTo(after.key().toString());
                        Header reason = record.headers().lastHeader("kafka_dlt-exception-message");
                        assertThat(new String(reason.value(), StandardCharsets.UTF_8))
                                .contains("JSON");
                    }));
        }
    }

    @Test
    void aKafkaSourceFilesOnlyForTheSellersBoundToIt() {
        Invoice own = TestInvoices.invoice(TestInvoices.SELLER, "100.00");
        Invoice foreign = TestInvoices.invoice(TestInvoices.OTHER_SELLER, "100.00");

        erp.publish(Topics.INVOICES_SUBMITTED, foreign.key().toString(), InvoiceSubmitted.of(BOUND_SOURCE, foreign));
        erp.publish(Topics.INVOICES_SUBMITTED, own.key().toString(), InvoiceSubmitted.of(BOUND_SOURCE, own));

        awaitState(own, InvoiceState.UPLOADED);
        assertThat(awaitState(foreign, InvoiceState.INVALID).findings()).anySatisfy(finding -> {
            assertThat(finding.code()).isEqualTo("EVENT_SOURCE_SELLER");
            assertThat(finding.field()).isEqualTo("seller.taxId");
            assertThat(finding.messageEn()).contains(BOUND_SOURCE);
        });
        assertThat(jdbc.sql("SELECT count(*) FROM sandbox.tax_record WHERE invoice_number = ?")
                        .param(foreign.invoiceNumber())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private void submit(Invoice invoice) {
        erp.publish(Topics.INVOICES_SUBMITTED, invoice.key().toString(), InvoiceSubmitted.of("test-erp", invoice));
    }

    private static InvoiceStatusChanged awaitState(Invoice invoice, InvoiceState state) {
        return StatusAwait.awaitStatus(invoice.key(), state, 0);
    }

    private int uploadCount(Invoice invoice) {
        return jdbc.sql("SELECT upload_count FROM sandbox.tax_record WHERE invoice_number = ?")
                .param(invoice.invoiceNumber())
                .query(Integer.class)
                .single();
    }
}
