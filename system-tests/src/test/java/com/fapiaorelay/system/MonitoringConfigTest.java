package com.fapiaorelay.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

/** The alert rules, runbooks, dashboards and scrape targets under deploy/ agree with each other. */
class MonitoringConfigTest {

    private static final String RUNBOOK_BASE = "https://fapiao-relay.example/docs/runbooks/";
    private static final Set<String> SEVERITIES = Set.of("critical", "warning");

    @Test
    void everyAlertHasSeverityDurationSummaryAndARunbookThatExists() {
        for (Map<String, Object> rule : alerts()) {
            String alert = String.valueOf(rule.get("alert"));
            assertThat(labels(rule, "labels").get("severity")).as(alert).isIn(SEVERITIES);
            assertThat(rule).as(alert).containsKey("for");
            assertThat(labels(rule, "annotations").get("summary")).as(alert).isNotBlank();
            assertThat(labels(rule, "annotations").get("runbook_url"))
                    .as(alert)
                    .isEqualTo(RUNBOOK_BASE + runbookName(alert));
            assertThat(runbooks().resolve(runbookName(alert))).as(alert).exists();
        }
    }

    @Test
    void everyRunbookBelongsToAnAlert() throws IOException {
        Set<String> expected = new TreeSet<>();
        alerts().forEach(rule -> expected.add(runbookName(String.valueOf(rule.get("alert")))));
        try (Stream<Path> files = Files.list(runbooks())) {
            assertThat(files.filter(Files::isRegularFile) // anomalies/ holds the services' anomaly types' pages
                            .map(file -> file.getFileName().toString())
                            .filter(name -> !name.equals("README.md")))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void everyAlertIsUnitTestedWithPromtool() throws IOException {
        StringBuilder tests = new StringBuilder();
        try (Stream<Path> files = Files.list(MonitoringQueries.deployDirectory().resolve("prometheus/tests"))) {
            for (Path file : files.toList()) {
                tests.append(Files.readString(file));
            }
        }
        alerts().forEach(rule -> assertThat(tests.toString()).contains("alertname: " + rule.get("alert")));
    }

    @Test
    void everyDashboardPanelQueriesPrometheus() {
        Set<String> uids = new TreeSet<>();
        for (Path file : MonitoringQueries.dashboards()) {
            JsonNode dashboard = MonitoringQueries.readJson(file);
            assertThat(uids.add(dashboard.path("uid").asString()))
                    .as(file + " uid")
                    .isTrue();
            assertThat(dashboard.path("schemaVersion").asInt())
                    .as(file.toString())
                    .isGreaterThanOrEqualTo(39);
            for (JsonNode panel : MonitoringQueries.panels(dashboard)) {
                if (!panel.path("type").asString().equals("row")) {
                    assertThat(panel.path("targets")
                                    .valueStream()
                                    .map(t -> t.path("expr").asString()))
                            .as(file.getFileName() + " / " + panel.path("title").asString())
                            .isNotEmpty()
                            .allSatisfy(expr -> assertThat(expr).isNotBlank());
                }
            }
        }
        assertThat(uids).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheusScrapesEachComposeServiceOnItsPublishedPort() throws IOException {
        Path root = MonitoringQueries.deployDirectory().getParent();
        Map<String, Object> prometheus = yaml(root.resolve("deploy/prometheus/prometheus.yml"));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>)
                yaml(root.resolve("docker-compose.yml")).get("services");
        List<String> scraped = new ArrayList<>();
        for (Map<String, Object> job : (List<Map<String, Object>>) prometheus.get("scrape_configs")) {
            if ("/actuator/prometheus".equals(job.get("metrics_path"))) {
                for (Map<String, Object> config : (List<Map<String, Object>>) job.get("static_configs")) {
                    for (String target : (List<String>) config.get("targets")) {
                        String host = target.substring(0, target.indexOf(':'));
                        String port = target.substring(target.indexOf(':') + 1);
                        assertThat(job.get("job_name")).isEqualTo(host);
                        assertThat(services).containsKey(host);
                        assertThat((List<String>) services.get(host).get("ports"))
                                .contains(port + ":" + port);
                        scraped.add(host);
                    }
                }
            }
        }
        assertThat(scraped)
                .containsExactlyInAnyOrder("upload-service", "sync-service", "alert-service", "console", "tax-sandbox");
    }

    private static List<Map<String, Object>> alerts() {
        List<Map<String, Object>> alerts = new ArrayList<>();
        MonitoringQueries.ruleFiles()
                .forEach(file -> MonitoringQueries.rules(file).stream()
                        .filter(rule -> rule.containsKey("alert"))
                        .forEach(alerts::add));
        assertThat(alerts).isNotEmpty();
        return alerts;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> labels(Map<String, Object> rule, String key) {
        return (Map<String, String>) rule.getOrDefault(key, Map.of());
    }

    /** As alert-service links them: {@code FapiaoOutboxBacklogGrowing} is {@code fapiao-outbox-backlog-growing.md}. */
    private static String runbookName(String alert) {
        return alert.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT) + ".md";
    }

    private static Path runbooks() {
        return MonitoringQueries.deployDirectory().getParent().resolve("docs/runbooks");
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        try (var reader = Files.newBufferedReader(file)) {
            return new Yaml().load(reader);
        }
    }
}
