package com.fapiaorelay.common.invoice;

import java.math.BigDecimal;

/** One line of an invoice; the item name is written {@code *category*name}. */
public record InvoiceLine(
        int lineNumber,
        String itemName,
        String taxClassificationCode,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal amount,
        BigDecimal taxRate,
        BigDecimal taxAmount) {}
