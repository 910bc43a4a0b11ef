package com.fapiaorelay.sync.report;

import com.fapiaorelay.kit.web.ApiProblem;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;

/** No daily report was made for the seller's day yet. */
class ReportNotFound extends ApiProblem {

    private ReportNotFound(String detail) {
        super(HttpStatus.NOT_FOUND, "report-not-found", "Report not found", detail);
    }

    static ReportNotFound forDay(String sellerTaxId, LocalDate day) {
        return new ReportNotFound(
                "No daily report for seller " + sellerTaxId + " on " + day + "; POST /api/v1/reports makes one");
    }
}
