package com.fapiaorelay.upload.extraction;

import com.fapiaorelay.kit.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/** An invoice file the service will not read at all. */
class ExtractionRefused extends ApiProblem {

    private ExtractionRefused(HttpStatus status, String detail) {
        super(status, "extraction-refused", "Invoice file not read", detail);
    }

    static ExtractionRefused tooLarge(long bytes, DataSize limit) {
        return new ExtractionRefused(
                HttpStatus.CONTENT_TOO_LARGE,
                "文件 " + bytes + " 字节，超过上限 " + limit.toBytes() + " / the file's " + bytes + " bytes exceed the limit of "
                        + limit.toBytes());
    }

    static ExtractionRefused empty() {
        return new ExtractionRefused(HttpStatus.BAD_REQUEST, "文件为空 / the file is empty");
    }
}
