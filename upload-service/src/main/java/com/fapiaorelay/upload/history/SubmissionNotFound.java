package com.fapiaorelay.upload.history;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.kit.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** upload-service holds no invoice under that key. */
class SubmissionNotFound extends ApiProblem {

    private SubmissionNotFound(InvoiceKey key) {
        super(
                HttpStatus.NOT_FOUND,
                "submission-not-found",
                "Submission not found",
                "上传服务没有发票 " + key + " / upload-service holds no invoice " + key);
    }

    static SubmissionNotFound forKey(InvoiceKey key) {
        return new SubmissionNotFound(key);
    }
}
