package com.fapiaorelay.common.invoice;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A VAT invoice as the ERP issued it: a fully digitalised one (数电票, 20-digit number) or an older one (10- or
 * 12-digit {@code invoiceCode} plus an 8-digit number). Money has scale 2; {@code issuedAt} is China local time.
 */
public record Invoice(
        String invoiceNumber,
        String invoiceCode,
        InvoiceKind kind,
        InvoiceColour colour,
        Party seller,
        Party buyer,
        boolean buyerIsNaturalPerson,
        BigDecimal totalAmount,
        BigDecimal totalTax,
        BigDecimal grandTotal,
        LocalDateTime issuedAt,
        String issuer,
        String remarks,
        RedLetter redLetter,
        List<InvoiceLine> lines) {

    public Invoice {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public InvoiceKey key() {
        return new InvoiceKey(seller.taxId(), invoiceNumber);
    }

    public String sellerTaxId() {
        return seller.taxId();
    }
}
