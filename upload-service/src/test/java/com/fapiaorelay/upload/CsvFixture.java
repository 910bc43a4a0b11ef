package com.fapiaorelay.upload;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceLine;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Writes invoices in the import layout of docs/csv-import.md: one row per line, invoice columns repeated. */
final class CsvFixture {

    static final String HEADER = "invoiceNumber,kind,issuedAt,sellerTaxId,sellerName,buyerName,issuer,"
            + "totalAmount,totalTax,grandTotal,lineNumber,itemName,taxClassificationCode,amount,taxRate,taxAmount";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CsvFixture() {}

    static String csv(Invoice... invoices) {
        return Stream.concat(Stream.of(HEADER), Stream.of(invoices).flatMap(CsvFixture::rows))
                        .collect(Collectors.joining("\r\n"))
                + "\r\n";
    }

    static Stream<String> rows(Invoice invoice) {
        return invoice.lines().stream().map(line -> row(invoice, line));
    }

    private static String row(Invoice invoice, InvoiceLine line) {
        return Stream.of(
                        invoice.invoiceNumber(),
                        invoice.kind(),
                        TIME.format(invoice.issuedAt()),
                        invoice.sellerTaxId(),
                        invoice.seller().name(),
                        invoice.buyer().name(),
                        invoice.issuer(),
                        invoice.totalAmount(),
                        invoice.totalTax(),
                        invoice.grandTotal(),
                        line.lineNumber(),
                        line.itemName(),
                        line.taxClassificationCode(),
                        line.amount(),
                        line.taxRate(),
                        line.taxAmount())
                .map(value -> Objects.toString(value, ""))
                .collect(Collectors.joining(","));
    }
}
