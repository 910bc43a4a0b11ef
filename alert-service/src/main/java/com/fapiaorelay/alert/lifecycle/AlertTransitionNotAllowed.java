package com.fapiaorelay.alert.lifecycle;

import com.fapiaorelay.kit.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** The alert's current state does not allow the asked move (acknowledging a resolved alert). */
class AlertTransitionNotAllowed extends ApiProblem {

    private AlertTransitionNotAllowed(String detail) {
        super(HttpStatus.CONFLICT, "alert-transition-not-allowed", "Alert transition not allowed", detail);
    }

    static AlertTransitionNotAllowed of(long id, AlertState current, AlertState target) {
        return new AlertTransitionNotAllowed("Alert " + id + " is " + current + " and cannot become " + target);
    }
}
