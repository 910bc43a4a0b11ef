package com.fapiaorelay.common.validation;

/**
 * One thing wrong with an invoice. {@code code} is a stable {@link Rule} name; {@code field} is a path into the
 * invoice JSON with zero-based line indexes ({@code lines[3].taxAmount} is the fourth line); {@code suggestedFix}
 * is the corrected value where one can be computed, otherwise null.
 */
public record Finding(
        String code, Severity severity, String field, String messageZh, String messageEn, String suggestedFix) {

    public boolean is(Rule rule) {
        return rule.name().equals(code);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
