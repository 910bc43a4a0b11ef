package com.fapiaorelay.testsupport;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceColour;
import com.fapiaorelay.common.invoice.InvoiceKind;
import com.fapiaorelay.common.invoice.InvoiceLine;
import com.fapiaorelay.common.invoice.Party;
import com.fapiaorelay.common.time.BusinessDays;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Valid Beijing invoices for tests, each with a number no other test uses. */
public final class TestInvoices {

    public static final String SELLER = "91110108MA01AB3CX1";
    public static final String OTHER_SELLER = "91110105MA7K2D9E6W";
    private static final BigDecimal RATE = new BigDecimal("0.06");
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 10_000_000_000L);

    private TestInvoices() {}

    public static Invoice invoice() {
        return invoice(SELLER, "1000.00");
    }

    /** A one-line normal 数电票 for {@code seller} over {@code amount} at 6%. */
    public static Invoice invoice(String seller, String amount) {
        BigDecimal net = new BigDecimal(amount);
        BigDecimal tax = net.multiply(RATE).setScale(2, RoundingMode.HALF_UP);
        return new Invoice(
                nextNumber(),
                null,
                InvoiceKind.NORMAL,
                InvoiceColour.BLUE,
                Party.of("北京示例科技有限公司", seller),
                Party.of("北京买方有限公司", null),
                false,
                net,
                tax,
                net.add(tax),
                BusinessDays.now(Clock.systemUTC()).withNano(0).minusHours(1),
                "李四",
                null,
                null,
                List.of(InvoiceLine.simple(1, "*信息技术服务*软件开发服务", "3040201990000000000", net, RATE, tax)));
    }

    /** The same invoice with other totals: same number, other content. */
    public static Invoice withGrandTotal(Invoice invoice, String grandTotal) {
        return copy(
                invoice,
                invoice.invoiceNumber(),
                invoice.invoiceCode(),
                new BigDecimal(grandTotal),
                invoice.issuedAt(),
                invoice.remarks());
    }

    /** The same invoice with other remarks: same number, other content, still internally consistent. */
    public static Invoice withRemarks(Invoice invoice, String remarks) {
        return copy(
                invoice,
                invoice.invoiceNumber(),
                invoice.invoiceCode(),
                invoice.grandTotal(),
                invoice.issuedAt(),
                remarks);
    }

    /** The same content under another number and invoice code (null for a 数电票). */
    public static Invoice withNumber(Invoice invoice, String number, String code) {
        return copy(invoice, number, code, invoice.grandTotal(), invoice.issuedAt(), invoice.remarks());
    }

    /** The same invoice issued at another time. */
    public static Invoice withIssuedAt(Invoice invoice, LocalDateTime issuedAt) {
        return copy(
                invoice,
                invoice.invoiceNumber(),
                invoice.invoiceCode(),
                invoice.grandTotal(),
                issuedAt,
                invoice.remarks());
    }

    private static Invoice copy(
            Invoice invoice,
            String number,
            String code,
            BigDecimal grandTotal,
            LocalDateTime issuedAt,
            String remarks) {
        return new Invoice(
                number,
                code,
                invoice.kind(),
                invoice.colour(),
                invoice.seller(),
                invoice.buyer(),
                invoice.buyerIsNaturalPerson(),
                invoice.totalAmount(),
                invoice.totalTax(),
                grandTotal,
                issuedAt,
                invoice.issuer(),
                remarks,
                invoice.redLetter(),
                invoice.lines());
    }

    private static String nextNumber() {
        return "2611700" + String.format("%013d", SEQUENCE.incrementAndGet());
    }
}
