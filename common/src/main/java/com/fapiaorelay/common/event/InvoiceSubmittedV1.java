package com.fapiaorelay.common.event;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceColour;
import com.fapiaorelay.common.invoice.InvoiceKind;
import com.fapiaorelay.common.invoice.InvoiceLine;
import com.fapiaorelay.common.invoice.Party;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Version 1 of {@link InvoiceSubmitted}, the flat form an old ERP plugin still sends: blue invoices only, one tax
 * rate for every line, no classification codes. Read only to be upcast to the current version.
 */
record InvoiceSubmittedV1(
        UUID eventId,
        String eventType,
        int schemaVersion,
        OffsetDateTime occurredAt,
        String source,
        String invoiceNumber,
        String sellerTaxId,
        String sellerName,
        String buyerTaxId,
        String buyerName,
        String invoiceKind,
        BigDecimal taxRate,
        BigDecimal totalAmount,
        BigDecimal totalTax,
        BigDecimal grandTotal,
        LocalDateTime issuedAt,
        String issuer,
        String remarks,
        List<Line> lines) {

    static final int VERSION = 1;

    record Line(String itemName, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, BigDecimal taxAmount) {}

    /**
     * The same event in the current version. Lines are numbered in order and get the header's rate; the
     * classification code stays null, which validation reports as a warning. An unknown kind stays null too, so
     * validation, not the reader, tells the sender what is wrong.
     */
    InvoiceSubmitted upcast() {
        return new InvoiceSubmitted(eventId, eventType, InvoiceSubmitted.VERSION, occurredAt, source, invoice());
    }

    private Invoice invoice() {
        return new Invoice(
                invoiceNumber,
                null,
                kind(),
                InvoiceColour.BLUE,
                Party.of(sellerName, sellerTaxId),
                Party.of(buyerName, buyerTaxId),
                false,
                totalAmount,
                totalTax,
                grandTotal,
                issuedAt,
                issuer,
                remarks,
                null,
                invoiceLines());
    }

    private InvoiceKind kind() {
        return switch (String.valueOf(invoiceKind)) {
            case "01" -> InvoiceKind.SPECIAL;
            case "02" -> InvoiceKind.NORMAL;
            default -> null;
        };
    }

    private List<InvoiceLine> invoiceLines() {
        List<InvoiceLine> converted = new ArrayList<>();
        List<Line> given = lines == null ? List.of() : lines;
        for (int i = 0; i < given.size(); i++) {
            Line line = given.get(i);
            if (line == null) {
                throw UnreadableEvent.missing("lines[" + i + "]");
            }
            converted.add(new InvoiceLine(
                    i + 1,
                    line.itemName(),
                    null,
                    null,
                    line.quantity(),
                    line.unitPrice(),
                    line.amount(),
                    taxRate,
                    line.taxAmount(),
                    null,
                    "00",
                    null));
        }
        return converted;
    }
}
