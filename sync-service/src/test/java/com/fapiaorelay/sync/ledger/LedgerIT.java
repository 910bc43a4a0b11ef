package com.fapiaorelay.sync.ledger;

import static com.fapiaorelay.sync.ledger.UpstreamTestEvents.upstream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.common.validation.Finding;
import com.fapiaorelay.common.validation.Severity;
import com.fapiaorelay.sync.SyncIntegrationTest;
import com.fapiaorelay.sync.TopicRecorder;
import com.fapiaorelay.testsupport.RawPublisher;
import com.fapiaorelay.testsupport.TestInvoices;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Upstream status events applied to the ledger: in version order, with their reasons, poison set aside. */
class LedgerIT extends SyncIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Test
    void staleStatusEventIsIgnored() {
        Invoice invoice = TestInvoices.invoice();
        publish(upstream(invoice, InvoiceState.REJECTED, 3, "E1001"));
        publish(upstream(invoice, InvoiceState.UPLOADED, 2, null));
        publish(upstream(invoice, InvoiceState.REJECTED, 3, "E1001"));
        publish(upstream(invoice, InvoiceState.UPLOAD_FAILED, 4, "RETRY_BUDGET_SPENT"));

        await().atMost(PATIENCE).until(() -> stateOf(invoice.key()).equals("UPLOAD_FAILED"));
        JsonNode ledger = ledger(invoice.key()).body();
        assertThat(timelineStates(ledger)).containsExactly("REJECTED", "UPLOAD_FAILED");
        assertThat(ledger.path("lookups").asInt()).isZero();
    }

    @Test
    void recordsStatesThatNeedAHumanWithTheirReason() {
        Invoice invoice = TestInvoices.invoice();

        Finding finding = new Finding(
                "TAXID_FORMAT", Severity.ERROR, "seller.taxId", "纳税人识别号格式错误", "taxpayer ID malformed", null);
        publish(upstream(invoice, InvoiceState.INVALID, 1, "TAX_ID_CHECK_DIGIT").withFindings(List.of(finding)));

        await().atMost(PATIENCE).until(() -> stateOf(invoice.key()).equals("INVALID"));
        JsonNode ledger = ledger(invoice.key()).body();
        assertThat(ledger.path("reasonCode").asString()).isEqualTo("TAX_ID_CHECK_DIGIT");
        assertThat(ledger.path("findings").get(0).path("field").asString()).isEqualTo("seller.taxId");
        assertThat(ledger.path("timeline").get(0).path("source").asString()).isEqualTo(UPLOAD_SERVICE);
    }

    @Test
    void confirmedFromAnotherSourceIsRecorded() {
        Invoice invoice = TestInvoices.invoice();
        publish(upstream(invoice, InvoiceState.UPLOADED, 1, null));
        publish(InvoiceStatusChanged.of(
                "tax-bureau-feed", invoice.key(), InvoiceState.CONFIRMED, 2, null, null, "R-9", null));

        await().atMost(PATIENCE).until(() -> stateOf(invoice.key()).equals("CONFIRMED"));
        assertThat(timelineStates(ledger(invoice.key()).body())).containsExactly("UPLOADED", "CONFIRMED");
    }

    @Test
    void invoiceLeftInANonFinalStatePastItsSlaRaisesStuck() {
        Invoice invoice = TestInvoices.invoice();

        publish(upstream(invoice, InvoiceState.OUTCOME_UNKNOWN, 1, "TIMEOUT"));

        await().atMost(PATIENCE)
                .until(() -> !TopicRecorder.on(Topics.ANOMALIES, "STUCK:" + invoice.key())
                        .isEmpty());
        JsonNode stuck =
                TopicRecorder.on(Topics.ANOMALIES, "STUCK:" + invoice.key()).get(0);
        assertThat(stuck.path("summary").asString()).contains("OUTCOME_UNKNOWN");
        assertThat(stateOf(invoice.key())).isEqualTo("OUTCOME_UNKNOWN");
    }

    @Test
    void unreadableStatusEventIsDeadLetteredWithoutStallingTheLedger() {
        Invoice invoice = TestInvoices.invoice();
        publishRaw(invoice.key(), "{not json");
        publish(upstream(invoice, InvoiceState.REJECTED, 1, "E1001"));

        await().atMost(PATIENCE).until(() -> stateOf(invoice.key()).equals("REJECTED"));
        await().atMost(PATIENCE)
                .until(() -> TopicRecorder.rawOn(
                                Topics.INVOICES_STATUS + "-dlt", invoice.key().toString())
                        .contains("{not json"));
    }

    @Test
    void tombstoneIsDeadLetteredWithoutStallingTheLedger() {
        Invoice invoice = TestInvoices.invoice();
        try (RawPublisher kcat = new RawPublisher()) {
            kcat.send(Topics.INVOICES_STATUS, null, invoice.key().toString(), (byte[]) null);
        }
        publish(upstream(invoice, InvoiceState.REJECTED, 1, "E1001"));

        await().atMost(PATIENCE).until(() -> stateOf(invoice.key()).equals("REJECTED"));
        await().atMost(PATIENCE)
                .until(() -> !TopicRecorder.rawOn(
                                Topics.INVOICES_STATUS + "-dlt", invoice.key().toString())
                        .isEmpty());
    }

    @Test
    void statusEventWithFiguresOutOfMagnitudeIsDeadLetteredAtOnce() {
        Invoice invoice = TestInvoices.invoice();
        String huge = FapiaoJson.mapper()
                .writeValueAsString(upstream(invoice, InvoiceState.UPLOADED, 1, null))
                .replaceFirst("\"totalAmount\":\"[^\"]*\"", "\"totalAmount\":\"1E+99999999\"");
        publishRaw(invoice.key(), huge);
        publish(upstream(invoice, InvoiceState.REJECTED, 2, "E1001"));

        await().atMost(PATIENCE).until(() -> stateOf(invoice.key()).equals("REJECTED"));
        await().atMost(PATIENCE)
                .until(() -> TopicRecorder.rawOn(
                                Topics.INVOICES_STATUS + "-dlt", invoice.key().toString())
                        .equals(List.of(huge)));
    }
}
