package com.fapiaorelay.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageLinksTest {

    private static final String DOCS = "https://docs.test/runbooks";

    /** Every anomaly type the services raise today, where it is raised. */
    private static final List<String> RAISED = List.of(
            "INVALID",
            "REJECTED",
            "UPLOAD_FAILED",
            "CONFLICT", // upload-service StatusEvents
            "UNREADABLE", // upload-service UnreadableSubmissions
            "MAINTENANCE",
            "ENDPOINT_REFUSED_PRIMARY",
            "BREAKER_OPEN_BACKUP", // upload-service EndpointWatch
            "CANARY_FAILING", // upload-service TaxCanary
            "MISSING",
            "MISMATCH",
            "HEARTBEAT", // sync-service InvoiceAnomalies, HeartbeatWatch
            "STUCK",
            "DAILY_REPORT",
            "RECONCILIATION", // sync-service stuck, report, reconcile
            "DECLARED_TOTALS_GAP",
            "SILENT_SOURCE", // sync-service declaration, silence
            "CHANNEL_FAILING"); // alert-service ChannelFailures

    private final MessageLinks links = new MessageLinks("https://console.test/", DOCS);

    @Test
    void anomalyRunbookIsNamedAfterTheTypeInKebabCaseUnderAnomalies() {
        assertThat(links.runbook("MISSING")).isEqualTo(DOCS + "/anomalies/missing.md");
        assertThat(links.runbook("CHANNEL_FAILING")).isEqualTo(DOCS + "/anomalies/channel-failing.md");
        assertThat(links.runbook("BREAKER_OPEN_PRIMARY")).isEqualTo(DOCS + "/anomalies/breaker-open.md");
    }

    @Test
    void prometheusAlertRunbookIsOneLevelUp() {
        assertThat(links.runbook("FapiaoOutboxBacklogGrowing")).isEqualTo(DOCS + "/fapiao-outbox-backlog-growing.md");
    }

    @Test
    void everyAnomalyTypeRaisedHasItsRunbook() {
        Path runbooks = Path.of("..", "docs", "runbooks");
        for (String type : RAISED) {
            String page = links.runbook(type).substring(DOCS.length() + 1);
            assertThat(runbooks.resolve(page)).as(type).isRegularFile();
        }
    }

    @Test
    void consoleLinkOpensTheGroupAndBlankBasesLeaveLinksOut() {
        assertThat(links.console(42)).isEqualTo("https://console.test/alerts?groupId=42");
        assertThat(new MessageLinks("", "").runbook("MISSING")).isNull();
        assertThat(new MessageLinks("", "").console(42)).isNull();
    }
}
