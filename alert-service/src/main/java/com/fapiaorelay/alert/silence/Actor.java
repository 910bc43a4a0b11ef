package com.fapiaorelay.alert.silence;

/** Who creates or ends a silence must be named. */
final class Actor {

    static final int MAX_LENGTH = 100;

    private Actor() {}

    static String check(String by) {
        if (by == null || by.isBlank()) {
            throw SilenceProblem.invalid("Say who takes the action: a non-blank \"by\"");
        }
        if (by.length() > MAX_LENGTH) {
            throw SilenceProblem.invalid("\"by\" is longer than " + MAX_LENGTH + " characters");
        }
        return by.strip();
    }
}
