package com.fapiaorelay.upload;

import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import java.time.Duration;
import java.util.Optional;

/** Waits for upload-service's status event announcing an invoice in a state, at least at a version. */
final class StatusAwait {

    private StatusAwait() {}

    static InvoiceStatusChanged awaitStatus(InvoiceKey key, InvoiceState state, long minVersion) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> UploadServiceTestBase.statusEventsFor(key).stream()
                                .filter(event -> event.state() == state && event.version() >= minVersion)
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }
}
