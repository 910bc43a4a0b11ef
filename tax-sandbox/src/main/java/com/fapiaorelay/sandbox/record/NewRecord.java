package com.fapiaorelay.sandbox.record;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.tax.SummaryChecksum;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;

/** An invoice as the sandbox stores it: possibly with an altered amount, possibly visible only after a delay. */
public record NewRecord(
        InvoiceKey key,
        String receiptId,
        String contentHash,
        BigDecimal totalAmount,
        BigDecimal totalTax,
        LocalDateTime issuedAt,
        boolean red,
        Duration visibleAfter) {

    long checksumTerm() {
        return SummaryChecksum.term(key.invoiceNumber(), totalAmount, totalTax, issuedAt);
    }
}
