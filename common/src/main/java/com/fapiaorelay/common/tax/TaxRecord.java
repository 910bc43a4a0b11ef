package com.fapiaorelay.common.tax;

import com.fapiaorelay.common.invoice.InvoiceKey;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** An invoice as the tax system shows it. */
public record TaxRecord(
        String sellerTaxId,
        String invoiceNumber,
        String receiptId,
        BigDecimal totalAmount,
        BigDecimal totalTax,
        LocalDateTime issuedAt) {

    public InvoiceKey key() {
        return new InvoiceKey(sellerTaxId, invoiceNumber);
    }
}
