package com.fapiaorelay.common.invoice;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** A fully digitalised VAT invoice (数电票) as the ERP issued it. Money has scale 2. */
public record Invoice(
        String invoiceNumber,
        InvoiceKind kind,
        String sellerTaxId,
        String sellerName,
        String buyerTaxId,
        String buyerName,
        BigDecimal totalAmount,
        BigDecimal totalTax,
        BigDecimal grandTotal,
        LocalDateTime issuedAt,
        String issuer,
        List<InvoiceLine> lines) {

    public Invoice {
        lines = List.copyOf(lines);
    }

    public InvoiceKey key() {
        return new InvoiceKey(sellerTaxId, invoiceNumber);
    }
}
