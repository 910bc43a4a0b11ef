package com.fapiaorelay.alert.delivery;

import java.util.List;
import java.util.Locale;

/** Where a message points: the runbook of its anomaly type and the group in the console; blank bases leave them out. */
public record MessageLinks(String consoleBaseUrl, String runbookBaseUrl) {

    /** Types named after a tax endpoint ({@code BREAKER_OPEN_PRIMARY}) share one page per kind. */
    private static final List<String> PER_ENDPOINT = List.of("ENDPOINT_REFUSED", "BREAKER_OPEN");

    String console(long groupId) {
        return consoleBaseUrl.isBlank() ? null : strip(consoleBaseUrl) + "/alerts?groupId=" + groupId;
    }

    /**
     * The services' anomaly types are upper snake case and have their pages under {@code anomalies/} ({@code MISSING}
     * becomes {@code anomalies/missing.md}); Prometheus alerts, camel case, one level up ({@code FapiaoOutboxBacklog}
     * becomes {@code fapiao-outbox-backlog.md}).
     */
    String runbook(String anomalyType) {
        if (runbookBaseUrl.isBlank()) {
            return null;
        }
        boolean anomaly = anomalyType.equals(anomalyType.toUpperCase(Locale.ROOT));
        String name = PER_ENDPOINT.stream()
                .filter(kind -> anomalyType.startsWith(kind + "_"))
                .findFirst()
                .orElse(anomalyType)
                .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                .replace('_', '-')
                .toLowerCase(Locale.ROOT);
        return strip(runbookBaseUrl) + (anomaly ? "/anomalies/" : "/") + name + ".md";
    }

    private static String strip(String baseUrl) {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
