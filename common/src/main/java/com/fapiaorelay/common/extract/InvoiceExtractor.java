package com.fapiaorelay.common.extract;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.validation.Finding;
import com.fapiaorelay.common.validation.InvoiceValidator;
import com.fapiaorelay.common.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * File in, draft invoice out: reads the file by its kind, fills in or checks number, date and total from the QR
 * code, validates the draft, and rates how sure each value is. Thread-safe; build one and share it.
 */
public final class InvoiceExtractor {

    private final InvoiceValidator validator;
    private final Ocr ocr;

    public InvoiceExtractor(InvoiceValidator validator, Ocr ocr) {
        this.validator = validator;
        this.ocr = ocr;
    }

    public static InvoiceExtractor withDefaults() {
        return new InvoiceExtractor(InvoiceValidator.withDefaults(), Ocr.system());
    }

    /** Whether scans can be read here, or yield only their QR code. */
    public boolean readsScans() {
        return ocr.available();
    }

    public Extraction extract(byte[] content) {
        FileFormat format = FileFormat.detect(content);
        Reading reading = read(format, content);
        List<Finding> findings = new ArrayList<>(reading.findings());
        DraftFields draft = reading.draft();
        reading.qr().ifPresent(qr -> QrCrossCheck.apply(draft, qr, findings));
        Invoice invoice = draft.toInvoice();
        ValidationReport validation = validator.validate(invoice);
        Corroboration.apply(draft, validation);
        return new Extraction(format, invoice, draft.all(), reading.qr().orElse(null), findings, validation);
    }

    private Reading read(FileFormat format, byte[] content) {
        try {
            return switch (format) {
                case XML -> new Reading(XmlInvoices.read(content), Optional.empty(), new ArrayList<>());
                case PDF -> PdfInvoices.read(content);
                case OFD -> OfdInvoices.read(content);
                case PNG, JPEG -> ImageInvoices.read(content, ocr);
                case UNKNOWN -> Reading.failed(ExtractionFindings.unsupported());
            };
        } catch (UnreadableFile e) {
            return Reading.failed(ExtractionFindings.unreadable(e.getMessage()));
        }
    }
}
