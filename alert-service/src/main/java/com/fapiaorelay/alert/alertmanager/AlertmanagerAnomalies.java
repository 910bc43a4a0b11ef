package com.fapiaorelay.alert.alertmanager;

import com.fapiaorelay.alert.alertmanager.AlertmanagerWebhook.Alert;
import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import com.fapiaorelay.common.event.FapiaoEvent;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Maps Alertmanager alerts to anomalies: {@code alertname} is the type, {@code severity} the severity, the
 * Alertmanager fingerprint the alert's identity. The event id derives from fingerprint, status and start, so
 * Alertmanager re-sending one notification changes nothing.
 */
final class AlertmanagerAnomalies {

    static final String SOURCE = "alertmanager";
    static final int MAX_ALERTS = 1_000;

    private AlertmanagerAnomalies() {}

    static List<AnomalyRaised> of(AlertmanagerWebhook webhook) {
        if (webhook == null || webhook.alerts() == null || webhook.alerts().isEmpty()) {
            throw InvalidAlertmanagerPayload.because("The notification has no alerts");
        }
        if (webhook.alerts().size() > MAX_ALERTS) {
            throw InvalidAlertmanagerPayload.because("More than " + MAX_ALERTS + " alerts in one notification");
        }
        return webhook.alerts().stream().map(AlertmanagerAnomalies::anomalyOf).toList();
    }

    private static AnomalyRaised anomalyOf(Alert alert) {
        String name = alert.label("alertname");
        if (alert.fingerprint() == null || alert.fingerprint().isBlank() || name == null || name.isBlank()) {
            throw InvalidAlertmanagerPayload.because("Every alert needs a fingerprint and an alertname label");
        }
        String seller = alert.label("seller_tax_id");
        return new AnomalyRaised(
                eventIdOf(alert),
                AnomalyRaised.TYPE,
                AnomalyRaised.VERSION,
                occurredAt(alert),
                SOURCE,
                SOURCE + ":" + alert.fingerprint(),
                SOURCE + ":" + name + (seller == null ? "" : ":" + seller),
                name,
                severityOf(alert.label("severity")),
                seller,
                null,
                summaryOf(alert, name),
                detailOf(alert),
                alert.resolved());
    }

    static Severity severityOf(String label) {
        if (label == null) {
            return Severity.WARNING;
        }
        return switch (label.toLowerCase(Locale.ROOT)) {
            case "critical", "page", "error" -> Severity.CRITICAL;
            case "info", "none" -> Severity.INFO;
            default -> Severity.WARNING;
        };
    }

    private static UUID eventIdOf(Alert alert) {
        String identity = alert.fingerprint() + "|" + alert.status() + "|" + alert.startsAt();
        return UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8));
    }

    private static OffsetDateTime occurredAt(Alert alert) {
        OffsetDateTime at = alert.resolved() ? alert.endsAt() : alert.startsAt();
        return at == null || at.getYear() < 2000 ? FapiaoEvent.stampedNow() : at;
    }

    private static String summaryOf(Alert alert, String name) {
        String summary = alert.annotation("summary");
        return summary == null || summary.isBlank() ? name : summary;
    }

    private static String detailOf(Alert alert) {
        StringBuilder detail = new StringBuilder();
        if (alert.annotation("description") != null) {
            detail.append(alert.annotation("description")).append('\n');
        }
        if (alert.annotation("runbook_url") != null) {
            detail.append("Runbook: ").append(alert.annotation("runbook_url")).append('\n');
        }
        if (alert.generatorURL() != null) {
            detail.append("Source: ").append(alert.generatorURL());
        }
        return detail.isEmpty() ? null : detail.toString().strip();
    }
}
