package com.fapiaorelay.common.event;

import com.fapiaorelay.common.invoice.Invoice;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An ERP hands an invoice over for upload. */
public record InvoiceSubmitted(
        UUID eventId, String eventType, int schemaVersion, OffsetDateTime occurredAt, String source, Invoice invoice)
        implements FapiaoEvent {

    public static final String TYPE = "InvoiceSubmitted";
    public static final int VERSION = 2;

    public static InvoiceSubmitted of(String source, Invoice invoice) {
        return new InvoiceSubmitted(UUID.randomUUID(), TYPE, VERSION, FapiaoEvent.stampedNow(), source, invoice);
    }
}
