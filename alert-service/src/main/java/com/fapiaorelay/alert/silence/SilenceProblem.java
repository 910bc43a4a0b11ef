package com.fapiaorelay.alert.silence;

import com.fapiaorelay.kit.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** Refusals of the silence API. */
class SilenceProblem extends ApiProblem {

    private SilenceProblem(HttpStatus status, String type, String title, String detail) {
        super(status, type, title, detail);
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
}
