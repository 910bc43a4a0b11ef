package com.fapiaorelay.alert.silence;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Refusals of the silence API; Spring MVC renders them as RFC 9457 problem details. */
class SilenceProblem extends ErrorResponseException {

    private SilenceProblem(HttpStatus status, String type, String title, String detail) {
        super(status, problemOf(status, type, title, detail), null);
    }

    static SilenceProblem notFound(long id) {
        return new SilenceProblem(HttpStatus.NOT_FOUND, "silence-not-found", "Silence not found", "No silence " + id);
    }

    static SilenceProblem alreadyEnded(long id) {
        return new SilenceProblem(
                HttpStatus.CONFLICT, "silence-already-ended", "Silence already ended", "Silence " + id + " has ended");
    }

    static SilenceProblem invalid(String detail) {
        return new SilenceProblem(HttpStatus.BAD_REQUEST, "silence-invalid", "Silence invalid", detail);
    }

    private static ProblemDetail problemOf(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://fapiao-relay.example/problems/" + type));
        problem.setTitle(title);
        return problem;
    }
}
