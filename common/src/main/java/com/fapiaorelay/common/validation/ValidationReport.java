package com.fapiaorelay.common.validation;

import java.util.ArrayList;
import java.util.List;

/** Everything validation found in one invoice, errors and warnings alike, in the order the rules ran. */
public record ValidationReport(List<Finding> findings) {

    private static final ValidationReport CLEAN = new ValidationReport(List.of());

    public ValidationReport {
        findings = List.copyOf(findings);
    }

    public static ValidationReport clean() {
        return CLEAN;
    }

    public boolean hasErrors() {
        for (Finding finding : findings) {
            if (finding.isError()) {
                return true;
            }
        }
        return false;
    }

    public boolean isClean() {
        return findings.isEmpty();
    }

    public List<Finding> errors() {
        return withSeverity(Severity.ERROR);
    }

    public List<Finding> warnings() {
        return withSeverity(Severity.WARNING);
    }

    public List<String> codes() {
        List<String> codes = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            codes.add(finding.code());
        }
        return codes;
    }

    private List<Finding> withSeverity(Severity severity) {
        List<Finding> selected = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.severity() == severity) {
                selected.add(finding);
            }
        }
        return selected;
    }
}
