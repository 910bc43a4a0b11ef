package com.fapiaorelay.upload.round;

import java.util.List;
import java.util.Optional;

/**
 * The endpoints in order of preference: the primary, then the backup while the primary's breaker is open. None
 * available means the interface is down: workers stop claiming and the backlog waits in the database.
 */
class TaxEndpoints {

    private final List<TaxEndpoint> endpoints;

    TaxEndpoints(List<TaxEndpoint> endpoints) {
        this.endpoints = List.copyOf(endpoints);
    }

    /** The first endpoint whose breaker lets a call through, holding that permission for one round. */
    Optional<TaxEndpoint> acquire() {
        return endpoints.stream()
                .filter(e -> e.breaker().tryAcquirePermission())
                .findFirst();
    }

    List<TaxEndpoint> all() {
        return endpoints;
    }

    TaxEndpoint primary() {
        return endpoints.get(0);
    }
}
