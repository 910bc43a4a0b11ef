package com.fapiaorelay.sandbox.contract;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceColour;
import com.fapiaorelay.testsupport.TestInvoices;
import java.time.LocalDateTime;

/** Test invoices with the issue time and colour a summary test needs. */
final class SandboxInvoices {

    private SandboxInvoices() {}

    static Invoice invoice(String seller, String amount) {
        return TestInvoices.invoice(seller, amount);
    }

    static Invoice issuedAt(String seller, String amount, LocalDateTime issuedAt) {
        return with(TestInvoices.invoice(seller, amount), issuedAt, InvoiceColour.BLUE, false);
    }

    /** A red invoice: negative amounts, as the authority holds them. */
    static Invoice red(String seller, String amount, LocalDateTime issuedAt) {
        return with(TestInvoices.invoice(seller, amount), issuedAt, InvoiceColour.RED, true);
    }

    private static Invoice with(Invoice i, LocalDateTime issuedAt, InvoiceColour colour, boolean negate) {
        return new Invoice(
                i.invoiceNumber(),
                i.invoiceCode(),
                i.kind(),
                colour,
                i.seller(),
                i.buyer(),
                i.buyerIsNaturalPerson(),
                negate ? i.totalAmount().negate() : i.totalAmount(),
                negate ? i.totalTax().negate() : i.totalTax(),
                negate ? i.grandTotal().negate() : i.grandTotal(),
                issuedAt,
                i.issuer(),
                i.remarks(),
                i.redLetter(),
                i.lines());
    }
}
