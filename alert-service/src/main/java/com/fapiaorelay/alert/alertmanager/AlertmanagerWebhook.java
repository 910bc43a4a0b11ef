package com.fapiaorelay.alert.alertmanager;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Alertmanager's webhook payload, version 4; only the fields we use. */
record AlertmanagerWebhook(String version, String status, String externalURL, List<Alert> alerts) {

    /** One alert of the notification; {@code fingerprint} identifies it across notifications. */
    record Alert(
            String status,
            Map<String, String> labels,
            Map<String, String> annotations,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String generatorURL,
            String fingerprint) {

        String label(String name) {
            return labels == null ? null : labels.get(name);
        }

        String annotation(String name) {
            return annotations == null ? null : annotations.get(name);
        }

        boolean resolved() {
            return "resolved".equals(status);
        }
    }
}
