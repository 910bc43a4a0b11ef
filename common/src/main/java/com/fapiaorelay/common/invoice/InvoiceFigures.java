package com.fapiaorelay.common.invoice;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** The figures the tax system must show for an invoice to count as confirmed. */
public record InvoiceFigures(BigDecimal totalAmount, BigDecimal totalTax, LocalDateTime issuedAt) {

    public static InvoiceFigures of(Invoice invoice) {
        return new InvoiceFigures(invoice.totalAmount(), invoice.totalTax(), invoice.issuedAt());
    }
}
