package com.fapiaorelay.common.event;

import com.fapiaorelay.common.invoice.InvoiceKey;
import java.time.OffsetDateTime;
import java.util.UUID;

/** sync-service asks upload-service to send an invoice again: it was not visible in the tax system in time. */
public record ReuploadRequested(
        UUID eventId,
        String eventType,
        int schemaVersion,
        OffsetDateTime occurredAt,
        String source,
        String sellerTaxId,
        String invoiceNumber,
        int round,
        String reason)
        implements FapiaoEvent {

    public static final String TYPE = "ReuploadRequested";
    public static final int VERSION = 1;

    public static ReuploadRequested of(String source, InvoiceKey key, int round, String reason) {
        return new ReuploadRequested(
                UUID.randomUUID(),
                TYPE,
                VERSION,
                FapiaoEvent.stampedNow(),
                source,
                key.sellerTaxId(),
                key.invoiceNumber(),
                round,
                reason);
    }

    public InvoiceKey key() {
        return new InvoiceKey(sellerTaxId, invoiceNumber);
    }
}
