package com.fapiaorelay.system;

import com.fapiaorelay.common.json.FapiaoJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

/** Every PromQL expression ops rely on: Grafana panels' targets and Prometheus rules, under {@code deploy/}. */
final class MonitoringQueries {

    private MonitoringQueries() {}

    /** One expression and where it is written, for messages. */
    record Query(String source, String expression) {}

    static Path deployDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy/prometheus"))) {
                return dir.resolve("deploy");
            }
        }
        throw new IllegalStateException(
                "No deploy/prometheus above " + Path.of("").toAbsolutePath());
    }

    static List<Path> dashboards() {
        return filesIn(deployDirectory().resolve("grafana/dashboards"), ".json");
    }

    static List<Path> ruleFiles() {
        return filesIn(deployDirectory().resolve("prometheus/rules"), ".yml");
    }

    static List<Query> all() {
        List<Query> queries = new ArrayList<>();
        dashboards()
                .forEach(dashboard -> panels(readJson(dashboard))
                        .forEach(panel -> panel.path("targets")
                                .forEach(target -> queries.add(new Query(
                                        dashboard.getFileName() + ", panel \""
                                                + panel.path("title").asString() + "\"",
                                        target.path("expr").asString())))));
        ruleFiles()
                .forEach(file -> rules(file)
                        .forEach(rule -> queries.add(new Query(
                                file.getFileName() + ", rule " + rule.getOrDefault("alert", rule.get("record")),
                                String.valueOf(rule.get("expr"))))));
        return queries;
    }

    /** Every panel, those inside collapsed rows too. */
    static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        dashboard.path("panels").forEach(panel -> {
            panels.add(panel);
            panel.path("panels").forEach(panels::add);
        });
        return panels;
    }

    static JsonNode readJson(Path file) {
        return FapiaoJson.mapper().readTree(file.toFile());
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rules(Path file) {
        try (var reader = Files.newBufferedReader(file)) {
            Map<String, Object> document = new Yaml().load(reader);
            List<Map<String, Object>> rules = new ArrayList<>();
            ((List<Map<String, Object>>) document.get("groups"))
                    .forEach(group -> rules.addAll((List<Map<String, Object>>) group.get("rules")));
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> filesIn(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
