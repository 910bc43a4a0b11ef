package com.fapiaorelay.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.standalone.stack.EmbeddedStack;
import com.fapiaorelay.system.MonitoringQueries.Query;
import com.fapiaorelay.system.PromQl.Selector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every metric a Grafana panel or a Prometheus rule queries is exported by some service once traffic has flowed,
 * with every label the query filters on: a renamed meter must not leave a dashboard blank or an alert silent.
 */
class MetricsCoverageIT {

    /** Kafka's per-topic and per-partition client metrics reach Micrometer when its binder next looks: each minute. */
    private static final Duration KAFKA_METRICS_REFRESH = Duration.ofSeconds(90);

    private static EmbeddedStack stack;
    private static Exposition exported;

    @BeforeAll
    static void scrapeAfterTraffic() throws Exception {
        SharedStack shared = SharedStack.get();
        stack = shared.stack();
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> shared.ledger("/api/v1/invoices/counts")
                                        .path("byState")
                                        .path("CONFIRMED")
                                        .asLong()
                                == SharedStack.INVOICES
                        && shared.webhook().received() > 0);
        try {
            await().atMost(KAFKA_METRICS_REFRESH)
                    .pollInterval(Duration.ofSeconds(5))
                    .until(() -> {
                        scrapeAll();
                        return missingMetrics().isEmpty() && unknownLabels().isEmpty();
                    });
        } catch (ConditionTimeoutException stillMissing) {
            // the tests below fail naming exactly what is missing
        }
    }

    @Test
    void dashboardsAndRulesQueryOnlyExportedMetrics() {
        assertThat(missingMetrics())
                .as("metrics queried but not exported (see target/scrapes)")
                .isEmpty();
    }

    @Test
    void dashboardsAndRulesFilterOnlyOnExportedLabels() {
        assertThat(unknownLabels())
                .as("label matchers on labels the metric does not carry (see target/scrapes)")
                .isEmpty();
    }

    private static List<String> missingMetrics() {
        Set<String> recorded = recorded();
        List<String> missing = new ArrayList<>();
        for (Query query : queries()) {
            for (Selector selector : selectorsOf(query)) {
                if (!exported.has(selector.metric()) && !recorded.contains(selector.metric())) {
                    missing.add(query.source() + ": " + selector.metric());
                }
            }
        }
        return missing;
    }

    private static List<String> unknownLabels() {
        List<String> unknown = new ArrayList<>();
        for (Query query : queries()) {
            for (Selector selector : selectorsOf(query)) {
                Set<String> labels = new TreeSet<>(selector.labels());
                labels.removeAll(exported.labels(selector.metric()));
                if (exported.has(selector.metric()) && !labels.isEmpty()) {
                    unknown.add(query.source() + ": " + selector.metric() + labels);
                }
            }
        }
        return unknown;
    }

    private static void scrapeAll() throws IOException {
        Map<String, String> services = Map.of(
                "upload-service", stack.uploadUrl(),
                "sync-service", stack.syncUrl(),
                "alert-service", stack.alertUrl(),
                "tax-sandbox", stack.sandboxUrl());
        Path scrapes = Files.createDirectories(Path.of("target", "scrapes"));
        Exposition scraped = new Exposition();
        for (var service : services.entrySet()) {
            String text = Http.get(
                    service.getValue() + "/actuator/prometheus", EmbeddedStack.AUTHORIZATION, stack.scrapeCredential());
            Files.writeString(scrapes.resolve(service.getKey() + ".prom"), text);
            scraped.read(text);
        }
        scraped.addPrometheusOwn();
        exported = scraped;
    }

    private static List<Query> queries() {
        List<Query> queries = MonitoringQueries.all();
        assertThat(queries).isNotEmpty();
        return queries;
    }

    private static List<Selector> selectorsOf(Query query) {
        List<Selector> selectors = PromQl.selectors(query.expression());
        assertThat(selectors).as(query.source() + " reads no metric").isNotEmpty();
        return selectors;
    }

    private static Set<String> recorded() {
        Set<String> names = new TreeSet<>();
        MonitoringQueries.ruleFiles()
                .forEach(file -> MonitoringQueries.rules(file).stream()
                        .filter(rule -> rule.containsKey("record"))
                        .forEach(rule -> names.add(String.valueOf(rule.get("record")))));
        return names;
    }
}
