package com.fapiaorelay.upload.intake.csv;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceColour;
import com.fapiaorelay.common.invoice.InvoiceKind;
import com.fapiaorelay.common.invoice.InvoiceLine;
import com.fapiaorelay.common.invoice.Party;
import com.fapiaorelay.common.invoice.RedLetter;
import com.fapiaorelay.common.validation.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The import layout of docs/csv-import.md: one row per invoice line, the invoice's own columns repeated on each of
 * its rows, rows of one invoice found by seller tax ID and invoice number.
 */
final class CsvInvoices {

    private CsvInvoices() {}

    static List<ParsedInvoice> read(String text, int maxRows) {
        List<CsvRow> rows = CsvRecords.parse(text);
        if (rows.size() < 2) {
            throw CsvUnreadable.empty();
        }
        if (rows.size() - 1 > maxRows) {
            throw CsvUnreadable.tooManyRows(rows.size() - 1, maxRows);
        }
        CsvColumns columns = CsvColumns.of(rows.get(0));
        Map<List<String>, List<CsvRow>> byInvoice = new LinkedHashMap<>();
        for (CsvRow row : rows.subList(1, rows.size())) {
            List<String> key = List.of(
                    Objects.toString(columns.text(row, "sellerTaxId"), ""),
                    Objects.toString(columns.text(row, "invoiceNumber"), ""));
            byInvoice.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        return byInvoice.values().stream().map(group -> invoice(columns, group)).toList();
    }

    private static ParsedInvoice invoice(CsvColumns columns, List<CsvRow> group) {
        List<Finding> findings = new ArrayList<>();
        List<InvoiceLine> lines = new ArrayList<>(group.size());
        for (CsvRow row : group) {
            lines.add(line(new CsvCells(columns, row, findings), lines.size() + 1));
        }
        CsvCells first = new CsvCells(columns, group.get(0), findings);
        BigDecimal totalAmount = orSum(first.money("totalAmount"), lines, InvoiceLine::amount);
        BigDecimal totalTax = orSum(first.money("totalTax"), lines, InvoiceLine::taxAmount);
        BigDecimal grandTotal = first.money("grandTotal");
        if (grandTotal == null && totalAmount != null && totalTax != null) {
            grandTotal = totalAmount.add(totalTax);
        }
        Invoice invoice = new Invoice(
                first.text("invoiceNumber"),
                first.text("invoiceCode"),
                first.choice("kind", InvoiceKind.class, InvoiceKind.NORMAL),
                first.choice("colour", InvoiceColour.class, InvoiceColour.BLUE),
                party(first, "seller"),
                party(first, "buyer"),
                first.flag("buyerIsNaturalPerson"),
                totalAmount,
                totalTax,
                grandTotal,
                first.time("issuedAt"),
                first.text("issuer"),
                first.text("remarks"),
                redLetter(first),
                lines);
        return new ParsedInvoice(group.stream().map(CsvRow::number).toList(), invoice, List.copyOf(findings));
    }

    private static InvoiceLine line(CsvCells cells, int position) {
        Integer lineNumber = cells.integer("lineNumber");
        String nature = cells.text("lineNature");
        return new InvoiceLine(
                lineNumber == null ? position : lineNumber,
                cells.text("itemName"),
                cells.text("specification"),
                cells.text("unit"),
                cells.decimal("quantity"),
                cells.decimal("unitPrice"),
                cells.money("amount"),
                cells.rate("taxRate"),
                cells.money("taxAmount"),
                cells.text("taxClassificationCode"),
                nature == null ? "00" : nature,
                cells.text("preferentialPolicy"));
    }

    private static Party party(CsvCells cells, String prefix) {
        return new Party(
                cells.text(prefix + "Name"),
                cells.text(prefix + "TaxId"),
                cells.text(prefix + "Address"),
                cells.text(prefix + "Phone"),
                cells.text(prefix + "Bank"),
                cells.text(prefix + "Account"));
    }

    private static RedLetter redLetter(CsvCells cells) {
        String original = cells.text("redOriginalInvoiceNumber");
        String confirmation = cells.text("redConfirmationNumber");
        String reason = cells.text("redReason");
        return original == null && confirmation == null && reason == null
                ? null
                : new RedLetter(original, confirmation, reason);
    }

    /** A blank total is the sum of the lines, when every line has the figure. */
    private static BigDecimal orSum(
            BigDecimal given, List<InvoiceLine> lines, Function<InvoiceLine, BigDecimal> figure) {
        if (given != null || lines.stream().map(figure).anyMatch(Objects::isNull)) {
            return given;
        }
        return lines.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
