package com.fapiaorelay.alert.lifecycle;

import java.util.List;

/** A page of alerts, newest first; pass {@code nextBefore} as {@code before} for the next page. */
record AlertPage(List<Alert> alerts, Long nextBefore) {

    static AlertPage of(List<Alert> alerts, int limit) {
        Long nextBefore = alerts.size() == limit ? alerts.get(alerts.size() - 1).id() : null;
        return new AlertPage(alerts, nextBefore);
    }
}
