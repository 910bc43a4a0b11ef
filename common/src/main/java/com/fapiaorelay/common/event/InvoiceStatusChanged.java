package com.fapiaorelay.common.event;

import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.validation.Finding;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An invoice moved to a new state. {@code version} grows with every change made by {@code source}, so a reader
 * ignores stale or replayed events. {@code figures} carry what the tax system must show, so sync-service can prove
 * arrival without reading upload-service's tables.
 */
public record InvoiceStatusChanged(
        UUID eventId,
        String eventType,
        int schemaVersion,
        OffsetDateTime occurredAt,
        String source,
        String sellerTaxId,
        String invoiceNumber,
        InvoiceState state,
        long version,
        String reasonCode,
        String reason,
        String receiptId,
        InvoiceFigures figures,
        List<Finding> findings)
        implements FapiaoEvent {

    public InvoiceStatusChanged {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public static final String TYPE = "InvoiceStatusChanged";
    public static final int VERSION = 1;

    public static InvoiceStatusChanged of(
            String source,
            InvoiceKey key,
            InvoiceState state,
            long version,
            String reasonCode,
            String reason,
            String receiptId,
            InvoiceFigures figures) {
        return new InvoiceStatusChanged(
                UUID.randomUUID(),
                TYPE,
                VERSION,
                FapiaoEvent.stampedNow(),
                source,
                key.sellerTaxId(),
                key.invoiceNumber(),
                state,
                version,
                reasonCode,
                reason,
                receiptId,
                figures,
                List.of());
    }

    /** The same event carrying validation findings: the errors behind INVALID, or warnings that travel along. */
    public InvoiceStatusChanged withFindings(List<Finding> found) {
        return new InvoiceStatusChanged(
                eventId,
                eventType,
                schemaVersion,
                occurredAt,
                source,
                sellerTaxId,
                invoiceNumber,
                state,
                version,
                reasonCode,
                reason,
                receiptId,
                figures,
                found);
    }

    public InvoiceKey key() {
        return new InvoiceKey(sellerTaxId, invoiceNumber);
    }
}
