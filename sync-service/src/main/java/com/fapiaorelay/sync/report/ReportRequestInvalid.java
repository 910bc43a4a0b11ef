package com.fapiaorelay.sync.report;

import com.fapiaorelay.kit.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** A report request without a seller or day. */
class ReportRequestInvalid extends ApiProblem {

    private ReportRequestInvalid(String detail) {
        super(HttpStatus.BAD_REQUEST, "report-request-invalid", "Report request invalid", detail);
    }

    static ReportRequestInvalid incomplete() {
        return new ReportRequestInvalid("A daily report needs sellerTaxId and day (yyyy-MM-dd)");
    }
}
