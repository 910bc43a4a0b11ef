package com.fapiaorelay.alert.alertmanager;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A notification we cannot turn into anomalies; Alertmanager logs the 400 and does not retry it. */
class InvalidAlertmanagerPayload extends ErrorResponseException {

    private InvalidAlertmanagerPayload(String detail) {
        super(HttpStatus.BAD_REQUEST, problemOf(detail), null);
    }

    static InvalidAlertmanagerPayload because(String detail) {
        return new InvalidAlertmanagerPayload(detail);
    }

    private static ProblemDetail problemOf(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(URI.create("https://fapiao-relay.example/problems/alertmanager-payload-invalid"));
        problem.setTitle("Alertmanager payload invalid");
        return problem;
    }
}
