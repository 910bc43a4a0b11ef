package com.fapiaorelay.upload.intake.csv;

import com.fapiaorelay.upload.apikey.ApiClient;
import java.io.IOException;
import java.nio.charset.Charset;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/v1/imports}: a CSV file as the body ({@code text/csv}) or as the multipart part {@code file}. */
@RestController
@RequestMapping("/api/v1/imports")
class ImportController {

    static final String TEXT_CSV = "text/csv";

    private final CsvImport imports;

    ImportController(CsvImport imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = TEXT_CSV)
    ImportReport importBody(
            @RequestBody byte[] file,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @AuthenticationPrincipal ApiClient client) {
        return imports.importFile(client, file, charsetOf(contentType));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importPart(@RequestPart("file") MultipartFile file, @AuthenticationPrincipal ApiClient client)
            throws IOException {
        return imports.importFile(client, file.getBytes(), charsetOf(file.getContentType()));
    }

    /** The declared charset, or null: then the import detects UTF-8 or GBK itself. */
    private static Charset charsetOf(String contentType) {
        try {
            return contentType == null
                    ? null
                    : MediaType.parseMediaType(contentType).getCharset();
        } catch (IllegalArgumentException e) {
            throw CsvUnreadable.unknownCharset(contentType);
        }
    }
}
