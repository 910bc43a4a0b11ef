package com.fapiaorelay.common.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Fields right, left empty and wrong over a format's files; wrong ones shown as certain are counted apart. */
final class Score {

    private static final Set<String> CRITICAL = Set.of(
            "seller.taxId", "buyer.taxId", "totalAmount", "totalTax", "grandTotal", "amount", "taxAmount", "taxRate");

    int files;
    int right;
    int empty;
    int wrong;
    long nanos;
    final List<String> confidentlyWrong = new ArrayList<>();
    final List<String> wrongExamples = new ArrayList<>();

    void add(String file, Map<String, String> expected, Extraction extraction, long elapsedNanos) {
        files++;
        nanos += elapsedNanos;
        for (Map.Entry<String, String> field : expected.entrySet()) {
            ExtractedField found = extraction.field(field.getKey());
            if (found == null) {
                empty++;
            } else if (same(field.getValue(), found.value())) {
                right++;
            } else {
                wrong(file, found, field.getValue());
            }
        }
        for (ExtractedField found : extraction.fields()) {
            if (!expected.containsKey(found.field())) {
                wrong(file, found, "(nothing)");
            }
        }
    }

    private void wrong(String file, ExtractedField found, String expected) {
        wrong++;
        String example = file + " " + found.field() + ": " + found.value() + " != " + expected;
        if (wrongExamples.size() < 20) {
            wrongExamples.add(example);
        }
        String name = found.field().substring(found.field().lastIndexOf('.') + 1);
        if (found.confident() && (CRITICAL.contains(found.field()) || CRITICAL.contains(name))) {
            confidentlyWrong.add(example);
        }
    }

    static boolean same(String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        try {
            return new BigDecimal(expected).compareTo(new BigDecimal(actual)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    int fields() {
        return right + empty + wrong;
    }

    double rightShare() {
        return fields() == 0 ? 0 : (double) right / fields();
    }

    String row(String format) {
        return String.format(
                "| %s | %d | %d | %.1f%% | %d | %d | %d | %.0f ms |",
                format,
                files,
                fields(),
                100 * rightShare(),
                empty,
                wrong,
                confidentlyWrong.size(),
                files == 0 ? 0 : nanos / 1e6 / files);
    }
}
