package com.fapiaorelay.common.invoice;

import java.math.BigDecimal;

/**
 * One line of an invoice. The item name is written {@code *category*name}; quantity and unit price come both or
 * neither; {@code lineNature} is 00 normal, 01 discount line, 02 discounted line; {@code preferentialPolicy} flags
 * exempt (03), not taxable (04) or simplified-levy lines.
 */
public record InvoiceLine(
        int lineNumber,
        String itemName,
        String specification,
        String unit,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal amount,
        BigDecimal taxRate,
        BigDecimal taxAmount,
        String taxClassificationCode,
        String lineNature,
        String preferentialPolicy) {

    /** An ordinary line without quantity, specification or policy flags. */
    public static InvoiceLine simple(
            int lineNumber,
            String itemName,
            String taxClassificationCode,
            BigDecimal amount,
            BigDecimal taxRate,
            BigDecimal taxAmount) {
        return new InvoiceLine(
                lineNumber,
                itemName,
                null,
                null,
                null,
                null,
                amount,
                taxRate,
                taxAmount,
                taxClassificationCode,
                "00",
                null);
    }
}
