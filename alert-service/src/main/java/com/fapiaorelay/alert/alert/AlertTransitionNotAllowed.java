package com.fapiaorelay.alert.alert;

/** The alert's current state does not allow the asked move (acknowledging a resolved alert). */
class AlertTransitionNotAllowed extends RuntimeException {

    private AlertTransitionNotAllowed(String message) {
        super(message);
    }

    static AlertTransitionNotAllowed of(long id, AlertState current, AlertState target) {
        return new AlertTransitionNotAllowed("Alert " + id + " is " + current + " and cannot become " + target);
    }
}
