package com.fapiaorelay.common.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects findings while the rules run; field paths are built only when something is found. */
final class Findings {

    private final List<Finding> found = new ArrayList<>(4);

    void add(Rule rule, String field, Object... args) {
        found.add(rule.finding(field, null, args));
    }

    void addWithFix(Rule rule, String field, String suggestedFix, Object... args) {
        found.add(rule.finding(field, suggestedFix, args));
    }

    int count() {
        return found.size();
    }

    static String line(int index, String name) {
        return "lines[" + index + "]." + name;
    }

    ValidationReport report() {
        return found.isEmpty() ? ValidationReport.clean() : new ValidationReport(found);
    }
}
