package com.fapiaorelay.common.event;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * An ERP states what it issued for one seller: on a business {@code day} (China's calendar, by issue time) or in one
 * batch ({@code batchId}, whose {@code invoiceNumbers} say which invoices it holds), the count and the sums of amount
 * and tax, and optionally the invoice numbers. sync-service compares it with what it received.
 */
public record ErpTotalsDeclared(
        UUID eventId,
        String eventType,
        int schemaVersion,
        OffsetDateTime occurredAt,
        String source,
        String sellerTaxId,
        LocalDate day,
        String batchId,
        Integer invoiceCount,
        BigDecimal totalAmount,
        BigDecimal totalTax,
        List<String> invoiceNumbers)
        implements FapiaoEvent {

    public static final String TYPE = "ErpTotalsDeclared";
    public static final int VERSION = 1;

    /** Kept as given, nulls included, so the reader can name the empty entry. */
    public ErpTotalsDeclared {
        invoiceNumbers = invoiceNumbers == null ? null : Collections.unmodifiableList(invoiceNumbers);
    }

    public static ErpTotalsDeclared of(
            String source,
            String sellerTaxId,
            LocalDate day,
            String batchId,
            Integer invoiceCount,
            BigDecimal totalAmount,
            BigDecimal totalTax,
            List<String> invoiceNumbers) {
        return new ErpTotalsDeclared(
                UUID.randomUUID(),
                TYPE,
                VERSION,
                FapiaoEvent.stampedNow(),
                source,
                sellerTaxId,
                day,
                batchId,
                invoiceCount,
                totalAmount,
                totalTax,
                invoiceNumbers);
    }

    /** Whether the ERP listed the invoices, so the ones that never arrived can be named. */
    public boolean listsNumbers() {
        return invoiceNumbers != null;
    }
}
