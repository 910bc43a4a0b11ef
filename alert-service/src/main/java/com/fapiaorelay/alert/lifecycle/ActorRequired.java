package com.fapiaorelay.alert.lifecycle;

import com.fapiaorelay.kit.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** A lifecycle action must name who takes it. */
class ActorRequired extends ApiProblem {

    static final int MAX_LENGTH = 100;

    private ActorRequired(String detail) {
        super(HttpStatus.BAD_REQUEST, "actor-required", "Actor required", detail);
    }

    /** Answers the trimmed actor, or refuses a blank or overlong one. */
    static String check(String by) {
        if (by == null || by.isBlank()) {
            throw new ActorRequired("Say who takes the action: a non-blank \"by\"");
        }
        if (by.length() > MAX_LENGTH) {
            throw new ActorRequired("\"by\" is longer than " + MAX_LENGTH + " characters");
        }
        return by.strip();
    }
}
