package com.fapiaorelay.system;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The series selectors a PromQL expression reads, found by pattern rather than by a full parser: strings, ranges,
 * Grafana variables and grouping clauses are blanked out, then every identifier that is neither a function call nor
 * a keyword is a metric name.
 */
final class PromQl {

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`");
    private static final Pattern GRAFANA_VARIABLE = Pattern.compile("\\$\\{[^}]*}|\\$\\w+");
    private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
    private static final Pattern GROUPING =
            Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern SELECTOR =
            Pattern.compile("(?<![\\w.:])([a-zA-Z_:][\\w:]*)\\s*(\\{[^}]*})?(\\s*\\()?");
    private static final Pattern MATCHER = Pattern.compile("([a-zA-Z_]\\w*)\\s*(?:=~|!~|!=|=)");
    private static final Set<String> KEYWORDS = Set.of(
            "and",
            "or",
            "unless",
            "bool",
            "offset",
            "by",
            "without",
            "on",
            "ignoring",
            "group_left",
            "group_right",
            "sum",
            "min",
            "max",
            "avg",
            "group",
            "stddev",
            "stdvar",
            "count",
            "count_values",
            "bottomk",
            "topk",
            "quantile",
            "limitk",
            "limit_ratio",
            "inf",
            "nan",
            "Inf",
            "NaN",
            "start",
            "end");

    private PromQl() {}

    /** A metric name and the label names its matchers test. */
    record Selector(String metric, Set<String> labels) {}

    static List<Selector> selectors(String expression) {
        String blanked = STRING.matcher(expression).replaceAll("\"\"");
        blanked = GRAFANA_VARIABLE.matcher(blanked).replaceAll("1");
        blanked = RANGE.matcher(blanked).replaceAll(" ");
        blanked = GROUPING.matcher(blanked).replaceAll(" ");
        List<Selector> selectors = new ArrayList<>();
        Matcher matcher = SELECTOR.matcher(blanked);
        while (matcher.find()) {
            boolean call = matcher.group(2) == null && matcher.group(3) != null;
            if (!call && !KEYWORDS.contains(matcher.group(1))) {
                selectors.add(new Selector(matcher.group(1), labelsOf(matcher.group(2))));
            }
        }
        return selectors;
    }

    private static Set<String> labelsOf(String matchers) {
        Set<String> labels = new LinkedHashSet<>();
        if (matchers != null) {
            Matcher matcher = MATCHER.matcher(matchers);
            while (matcher.find()) {
                labels.add(matcher.group(1));
            }
        }
        return labels;
    }
}
