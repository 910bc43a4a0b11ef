package com.fapiaorelay.upload.intake.csv;

import com.fapiaorelay.upload.intake.IntakeOutcome;
import java.nio.charset.Charset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The answer to an import: the charset the file was read with, counts by outcome, and a result per invoice. */
record ImportReport(String charset, int invoices, Map<IntakeOutcome, Integer> outcomes, List<ImportResult> results) {

    static ImportReport of(Charset charset, List<ImportResult> results) {
        Map<IntakeOutcome, Integer> outcomes = new EnumMap<>(IntakeOutcome.class);
        results.forEach(result -> outcomes.merge(result.outcome(), 1, Integer::sum));
        return new ImportReport(charset.name(), results.size(), outcomes, results);
    }
}
