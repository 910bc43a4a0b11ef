package com.fapiaorelay.alert.alert;

/** A lifecycle action must name who takes it. */
class ActorRequired extends RuntimeException {

    static final int MAX_LENGTH = 100;

    private ActorRequired(String message) {
        super(message);
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
