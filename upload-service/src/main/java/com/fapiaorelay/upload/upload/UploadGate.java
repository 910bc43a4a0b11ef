package com.fapiaorelay.upload.upload;

import java.time.Instant;
import java.util.Optional;

/** Whether a worker may send now, and through which endpoint: closed in a maintenance window or with every breaker open. */
class UploadGate {

    private final MaintenanceWindows maintenance;
    private final TaxEndpoints endpoints;

    UploadGate(MaintenanceWindows maintenance, TaxEndpoints endpoints) {
        this.maintenance = maintenance;
        this.endpoints = endpoints;
    }

    Optional<TaxEndpoint> open(Instant now) {
        return maintenance.active(now) ? Optional.empty() : endpoints.acquire();
    }

    boolean inMaintenance(Instant now) {
        return maintenance.active(now);
    }

    TaxEndpoints endpoints() {
        return endpoints;
    }
}
