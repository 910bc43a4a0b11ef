package com.fapiaorelay.sync.reconcile;

import com.fapiaorelay.kit.web.ApiProblem;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;

/** A reconciliation request without a seller or day, or for a day that has not ended yet. */
class ReconciliationRequestInvalid extends ApiProblem {

    private ReconciliationRequestInvalid(String detail) {
        super(HttpStatus.BAD_REQUEST, "reconciliation-request-invalid", "Reconciliation request invalid", detail);
    }

    static ReconciliationRequestInvalid incomplete() {
        return new ReconciliationRequestInvalid("A reconciliation needs sellerTaxId and day (yyyy-MM-dd)");
    }

    static ReconciliationRequestInvalid future(LocalDate day, LocalDate today) {
        return new ReconciliationRequestInvalid(
                "Day " + day + " is after today (" + today + "); only issued invoices can be reconciled");
    }
}
