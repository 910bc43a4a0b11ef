package com.fapiaorelay.console.correction;

import com.fapiaorelay.common.extract.ExtractedField;
import com.fapiaorelay.common.extract.Extraction;
import com.fapiaorelay.common.validation.Finding;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the form shows after "fill from the invoice file": per form field its source and whether it needs the clerk's
 * eye, and what reading the file found. An issue date without a time of day is never certain: the time is not
 * printed on the invoice.
 */
record FileFill(String fileName, List<Map<String, Object>> marks, List<Finding> findings) {

    static FileFill of(String fileName, Extraction extraction) {
        return new FileFill(
                fileName, extraction.fields().stream().map(FileFill::mark).toList(), extraction.extractionFindings());
    }

    /** Plain maps, since they go into the page as JSON for the script that marks the inputs. */
    private static Map<String, Object> mark(ExtractedField field) {
        boolean dateOnly = field.field().equals("issuedAt") && field.value().length() == 10;
        return Map.of(
                "field", field.field(),
                "source", field.source().name(),
                "confidence", String.format(Locale.ROOT, "%.2f", field.confidence()),
                "uncertain", dateOnly || !field.confident());
    }
}
