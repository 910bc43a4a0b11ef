package com.fapiaorelay.sync.silence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.sync.SellerDay;
import com.fapiaorelay.sync.SyncIntegrationTest;
import com.fapiaorelay.sync.TopicRecorder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The test configuration watches one ERP source, 金蝶-北京, quiet after 2 s; two instances watch it, and its silence
 * is announced once and resolved when it submits again.
 */
class SilenceIT extends SyncIntegrationTest {

    private static final String FINGERPRINT = "SILENT_SOURCE:金蝶-北京";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final SellerDay KINGDEE_BEIJING = new SellerDay("91110108MA0S1LENT1", LocalDate.of(2025, 7, 1));

    @Test
    void quietSourceRaisesOneAnomalyAcrossTwoInstancesAndResolvesWhenItSpeaksAgain() {
        try (var secondInstance = startSecondInstance()) {
            Invoice first = KINGDEE_BEIJING.issuedAtSecond(3_600);
            publishPending(first);
            await().atMost(PATIENCE).until(() -> stateOf(first.key()).equals("UPLOAD_PENDING"));
            await().atMost(PATIENCE).during(Duration.ofMillis(500)).until(this::nothingOpen);
            int before = announcements().size();

            JsonNode silent = await().atMost(PATIENCE)
                    .until(this::announcements, a -> a.size() > before)
                    .get(before);
            assertThat(silent.path("resolved").asBoolean()).isFalse();
            assertThat(silent.path("summary").asString()).contains("金蝶-北京 已", "没有提交发票", "has submitted no invoice");
            assertThat(silent.path("severity").asString()).isEqualTo("CRITICAL");

            publishPending(KINGDEE_BEIJING.issuedAtSecond(3_601));

            JsonNode next = await().atMost(PATIENCE)
                    .until(this::announcements, a -> a.size() > before + 1)
                    .get(before + 1);
            assertThat(next.path("resolved").asBoolean())
                    .as("the silence is announced once by the two instances, then resolved")
                    .isTrue();
            assertThat(next.path("summary").asString()).contains("恢复提交发票");
        }
    }

    /** No silence announced, or the last one resolved. */
    private boolean nothingOpen() {
        List<JsonNode> announced = announcements();
        return announced.isEmpty()
                || announced.get(announced.size() - 1).path("resolved").asBoolean();
    }

    private List<JsonNode> announcements() {
        return TopicRecorder.on(Topics.ANOMALIES, FINGERPRINT);
    }

    private void publishPending(Invoice invoice) {
        publish(InvoiceStatusChanged.of(
                UPLOAD_SERVICE,
                invoice.key(),
                InvoiceState.UPLOAD_PENDING,
                1,
                null,
                null,
                null,
                InvoiceFigures.of(invoice)));
    }
}
