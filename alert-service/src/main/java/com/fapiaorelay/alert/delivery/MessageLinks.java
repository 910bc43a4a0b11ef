package com.fapiaorelay.alert.delivery;

import java.util.Locale;

/** Where a message points: the runbook of its anomaly type and the group in the console; blank bases leave them out. */
public record MessageLinks(String consoleBaseUrl, String runbookBaseUrl) {

    String console(long groupId) {
        return consoleBaseUrl.isBlank() ? null : strip(consoleBaseUrl) + "/alerts?groupId=" + groupId;
    }

    /** {@code MISSING} becomes {@code missing.md}, {@code FapiaoOutboxBacklog} {@code fapiao-outbox-backlog.md}. */
    String runbook(String anomalyType) {
        if (runbookBaseUrl.isBlank()) {
            return null;
        }
        String name = anomalyType
                .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                .replace('_', '-')
                .toLowerCase(Locale.ROOT);
        return strip(runbookBaseUrl) + "/" + name + ".md";
    }

    private static String strip(String baseUrl) {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
