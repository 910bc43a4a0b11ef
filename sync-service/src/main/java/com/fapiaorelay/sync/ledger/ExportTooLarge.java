package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.kit.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** A CSV export would hold more invoices than one download serves. */
class ExportTooLarge extends ApiProblem {

    private ExportTooLarge(String detail) {
        super(HttpStatus.BAD_REQUEST, "export-too-large", "Export too large", detail);
    }

    static ExportTooLarge of(long matching, int max) {
        return new ExportTooLarge(matching + " invoices match, one export holds at most " + max
                + "; narrow it by seller, state or a shorter issue-date range");
    }
}
