package com.fapiaorelay.common.invoice;

import java.util.Objects;

/** Identifies one invoice across every service: the seller's tax ID and the invoice number. */
public record InvoiceKey(String sellerTaxId, String invoiceNumber) {

    public InvoiceKey {
        Objects.requireNonNull(sellerTaxId, "sellerTaxId");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
    }

    /** Parses the Kafka message key form {@code sellerTaxId:invoiceNumber}. */
    public static InvoiceKey parse(String value) {
        int colon = value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw new IllegalArgumentException("Invoice key must be sellerTaxId:invoiceNumber, was " + value);
        }
        return new InvoiceKey(value.substring(0, colon), value.substring(colon + 1));
    }

    @Override
    public String toString() {
        return sellerTaxId + ":" + invoiceNumber;
    }
}
