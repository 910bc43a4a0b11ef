package com.fapiaorelay.alert.lifecycle;

import com.fapiaorelay.kit.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** No alert has the id asked for. */
class AlertNotFound extends ApiProblem {

    private AlertNotFound(String detail) {
        super(HttpStatus.NOT_FOUND, "alert-not-found", "Alert not found", detail);
    }

    static AlertNotFound forId(long id) {
        return new AlertNotFound("No alert with id " + id);
    }
}
