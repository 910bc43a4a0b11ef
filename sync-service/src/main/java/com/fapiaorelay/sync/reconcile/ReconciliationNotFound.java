package com.fapiaorelay.sync.reconcile;

import com.fapiaorelay.kit.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** No reconciliation run under the id asked for. */
class ReconciliationNotFound extends ApiProblem {

    private ReconciliationNotFound(String detail) {
        super(HttpStatus.NOT_FOUND, "reconciliation-not-found", "Reconciliation not found", detail);
    }

    static ReconciliationNotFound forId(long id) {
        return new ReconciliationNotFound("No reconciliation run " + id);
    }
}
