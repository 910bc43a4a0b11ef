package com.fapiaorelay.alert.alert;

/** No alert has the id asked for. */
class AlertNotFound extends RuntimeException {

    private AlertNotFound(String message) {
        super(message);
    }

    static AlertNotFound forId(long id) {
        return new AlertNotFound("No alert with id " + id);
    }
}
