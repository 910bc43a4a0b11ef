package com.fapiaorelay.console.reconcile;

import com.fapiaorelay.console.web.ConsoleRefusal;
import org.springframework.http.HttpStatus;

/** sync-service holds no reconciliation run with that id. */
class ReconciliationNotFound extends ConsoleRefusal {

    private ReconciliationNotFound(long id) {
        super(HttpStatus.NOT_FOUND, "reconciliation.not-found", id);
    }

    static ReconciliationNotFound forId(long id) {
        return new ReconciliationNotFound(id);
    }
}
