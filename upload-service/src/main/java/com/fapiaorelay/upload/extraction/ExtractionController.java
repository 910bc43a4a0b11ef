package com.fapiaorelay.upload.extraction;

import com.fapiaorelay.common.extract.Extraction;
import com.fapiaorelay.common.extract.InvoiceExtractor;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/extractions}: the invoice file as the body (any type but multipart) or as the multipart part
 * {@code file}; the answer is the draft with each value's source and confidence and all findings. Nothing is stored:
 * the ERP submits the invoice it checked through {@code /api/v1/invoices}. The kind is told by the file's bytes.
 */
@RestController
@RequestMapping("/api/v1/extractions")
class ExtractionController {

    private final InvoiceExtractor extractor;
    private final ExtractionProperties properties;

    ExtractionController(InvoiceExtractor extractor, ExtractionProperties properties) {
        this.extractor = extractor;
        this.properties = properties;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Extraction extractPart(@RequestPart("file") MultipartFile file) throws IOException {
        checkSize(file.getSize());
        return extractor.extract(file.getBytes());
    }

    @PostMapping
    Extraction extractBody(@RequestBody byte[] file) {
        checkSize(file.length);
        return extractor.extract(file);
    }

    private void checkSize(long bytes) {
        if (bytes == 0) {
            throw ExtractionRefused.empty();
        }
        if (bytes > properties.maxFileSize().toBytes()) {
            throw ExtractionRefused.tooLarge(bytes, properties.maxFileSize());
        }
    }
}
