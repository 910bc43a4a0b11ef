package com.fapiaorelay.common.extract;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.validation.Finding;
import com.fapiaorelay.common.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;

/**
 * A file read: the draft invoice (fields the file does not show are null), each value's source and confidence,
 * what reading the file found (QR code against text, no QR code, no OCR), and the draft's validation findings,
 * the same intake would report.
 */
public record Extraction(
        FileFormat format,
        Invoice draft,
        List<ExtractedField> fields,
        InvoiceQr qrCode,
        List<Finding> extractionFindings,
        ValidationReport validation) {

    public Extraction {
        fields = List.copyOf(fields);
        extractionFindings = List.copyOf(extractionFindings);
    }

    /** Extraction findings first, then validation's: what the clerk sees. */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>(extractionFindings);
        all.addAll(validation.findings());
        return all;
    }

    public List<ExtractedField> uncertainFields() {
        return fields.stream().filter(field -> !field.confident()).toList();
    }

    public ExtractedField field(String path) {
        for (ExtractedField field : fields) {
            if (field.field().equals(path)) {
                return field;
            }
        }
        return null;
    }
}
