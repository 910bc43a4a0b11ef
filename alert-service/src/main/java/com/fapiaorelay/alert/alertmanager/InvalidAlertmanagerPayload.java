package com.fapiaorelay.alert.alertmanager;

import com.fapiaorelay.kit.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** A notification we cannot turn into anomalies; Alertmanager logs the 400 and does not retry it. */
class InvalidAlertmanagerPayload extends ApiProblem {

    private InvalidAlertmanagerPayload(String detail) {
        super(HttpStatus.BAD_REQUEST, "alertmanager-payload-invalid", "Alertmanager payload invalid", detail);
    }

    static InvalidAlertmanagerPayload because(String detail) {
        return new InvalidAlertmanagerPayload(detail);
    }
}
