package com.fapiaorelay.sync;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.testsupport.TestInvoices;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Invoices of a seller no other test uses, issued at chosen seconds of one day. */
public record SellerDay(String sellerTaxId, LocalDate day) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public static SellerDay fresh(LocalDate day) {
        StringBuilder seller = new StringBuilder("91110108");
        for (int i = 0; i < 10; i++) {
            seller.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        return new SellerDay(seller.toString(), day);
    }

    public Invoice issuedAtSecond(long second) {
        Invoice i = TestInvoices.invoice(sellerTaxId, "1000.00");
        return new Invoice(
                i.invoiceNumber(),
                i.invoiceCode(),
                i.kind(),
                i.colour(),
                i.seller(),
                i.buyer(),
                i.buyerIsNaturalPerson(),
                i.totalAmount(),
                i.totalTax(),
                i.grandTotal(),
                day.atStartOfDay().plusSeconds(second),
                i.issuer(),
                i.remarks(),
                i.redLetter(),
                i.lines());
    }
}
