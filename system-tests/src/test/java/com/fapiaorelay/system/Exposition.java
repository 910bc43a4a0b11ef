package com.fapiaorelay.system;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The series names in Prometheus text expositions, each with every label name seen on it. */
final class Exposition {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][\\w:]*)(\\{.*})?\\s");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_]\\w*)=\"(?:[^\"\\\\]|\\\\.)*\"");

    private final Map<String, Set<String>> labelsByMetric = new HashMap<>();

    void read(String text) {
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (!line.startsWith("#") && sample.find()) {
                Set<String> labels = labelsByMetric.computeIfAbsent(sample.group(1), name -> new HashSet<>());
                Matcher label = LABEL.matcher(sample.group(2) == null ? "" : sample.group(2));
                while (label.find()) {
                    labels.add(label.group(1));
                }
            }
        }
    }

    /** What Prometheus adds itself: {@code up} per target, {@code ALERTS} per alert, target labels on every series. */
    void addPrometheusOwn() {
        labelsByMetric.put("up", new HashSet<>(Set.of("job", "instance")));
        labelsByMetric.put("ALERTS", new HashSet<>(Set.of("alertname", "alertstate", "severity", "service")));
        labelsByMetric.values().forEach(labels -> labels.addAll(Set.of("job", "instance")));
    }

    boolean has(String metric) {
        return labelsByMetric.containsKey(metric);
    }

    Set<String> labels(String metric) {
        return labelsByMetric.getOrDefault(metric, Set.of());
    }

    Set<String> metrics() {
        return labelsByMetric.keySet();
    }
}
