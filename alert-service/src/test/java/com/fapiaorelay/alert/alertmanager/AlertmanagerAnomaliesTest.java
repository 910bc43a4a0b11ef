package com.fapiaorelay.alert.alertmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fapiaorelay.alert.alertmanager.AlertmanagerWebhook.Alert;
import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertmanagerAnomaliesTest {

    private static final OffsetDateTime STARTS = OffsetDateTime.parse("2025-03-01T10:00:00Z");

    @Test
    void mapsLabelsAndFingerprintAndGivesARepeatedNotificationTheSameEventId() {
        Alert alert = alert("firing", Map.of("alertname", "FapiaoStuck", "severity", "warning", "seller_tax_id", "S1"));

        AnomalyRaised anomaly = AlertmanagerAnomalies.of(webhook(alert)).get(0);

        assertThat(anomaly.anomalyType()).isEqualTo("FapiaoStuck");
        assertThat(anomaly.severity()).isEqualTo(Severity.WARNING);
        assertThat(anomaly.fingerprint()).isEqualTo("alertmanager:fp1");
        assertThat(anomaly.groupKey()).isEqualTo("alertmanager:FapiaoStuck:S1");
        assertThat(anomaly.sellerTaxId()).isEqualTo("S1");
        assertThat(anomaly.resolved()).isFalse();
        assertThat(AlertmanagerAnomalies.of(webhook(alert)).get(0).eventId()).isEqualTo(anomaly.eventId());
    }

    @Test
    void resolvedAlertIsARecoveryWithADifferentEventId() {
        Map<String, String> labels = Map.of("alertname", "FapiaoStuck");

        AnomalyRaised firing =
                AlertmanagerAnomalies.of(webhook(alert("firing", labels))).get(0);
        AnomalyRaised resolved =
                AlertmanagerAnomalies.of(webhook(alert("resolved", labels))).get(0);

        assertThat(resolved.resolved()).isTrue();
        assertThat(resolved.eventId()).isNotEqualTo(firing.eventId());
    }

    @Test
    void severityLabelsMapToOurSeverities() {
        assertThat(AlertmanagerAnomalies.severityOf("critical")).isEqualTo(Severity.CRITICAL);
        assertThat(AlertmanagerAnomalies.severityOf("info")).isEqualTo(Severity.INFO);
        assertThat(AlertmanagerAnomalies.severityOf(null)).isEqualTo(Severity.WARNING);
    }

    @Test
    void alertWithoutAlertnameIsRefused() {
        assertThatThrownBy(() -> AlertmanagerAnomalies.of(webhook(alert("firing", Map.of("severity", "critical")))))
                .isInstanceOf(InvalidAlertmanagerPayload.class);
    }

    private static Alert alert(String status, Map<String, String> labels) {
        return new Alert(status, labels, Map.of("summary", "Stuck"), STARTS, STARTS.plusMinutes(5), null, "fp1");
    }

    private static AlertmanagerWebhook webhook(Alert alert) {
        return new AlertmanagerWebhook("4", alert.status(), null, List.of(alert));
    }
}
