package com.fapiaorelay.common.extract;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceColour;
import com.fapiaorelay.common.invoice.InvoiceKind;
import com.fapiaorelay.common.invoice.InvoiceLine;
import com.fapiaorelay.common.invoice.Party;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The values read so far, by invoice path; the draft invoice is built from them, absent values left null. */
final class DraftFields {

    static final String NUMBER = "invoiceNumber";
    static final String CODE = "invoiceCode";
    static final String KIND = "kind";
    static final String ISSUED_AT = "issuedAt";
    static final String SELLER_NAME = "seller.name";
    static final String SELLER_TAX_ID = "seller.taxId";
    static final String BUYER_NAME = "buyer.name";
    static final String BUYER_TAX_ID = "buyer.taxId";
    static final String TOTAL_AMOUNT = "totalAmount";
    static final String TOTAL_TAX = "totalTax";
    static final String GRAND_TOTAL = "grandTotal";
    static final String ISSUER = "issuer";
    static final String REMARKS = "remarks";
    static final List<String> LINE_FIELDS = List.of(
            "itemName",
            "specification",
            "unit",
            "quantity",
            "unitPrice",
            "amount",
            "taxRate",
            "taxAmount",
            "taxClassificationCode");

    private final Map<String, ExtractedField> fields = new LinkedHashMap<>();
    private int lineCount;

    void put(String field, String value, FieldSource source, double confidence) {
        if (value != null && !value.isBlank()) {
            fields.put(field, new ExtractedField(field, value.strip(), source, confidence));
        }
    }

    void putLine(int index, String name, String value, FieldSource source, double confidence) {
        lineCount = Math.max(lineCount, index + 1);
        put(linePath(index, name), value, source, confidence);
    }

    static String linePath(int index, String name) {
        return "lines[" + index + "]." + name;
    }

    ExtractedField get(String field) {
        return fields.get(field);
    }

    String value(String field) {
        ExtractedField found = fields.get(field);
        return found == null ? null : found.value();
    }

    void replace(ExtractedField field) {
        fields.put(field.field(), field);
    }

    int lineCount() {
        return lineCount;
    }

    List<ExtractedField> all() {
        return List.copyOf(fields.values());
    }

    Invoice toInvoice() {
        return new Invoice(
                value(NUMBER),
                value(CODE),
                kind(),
                grandTotalIsNegative() ? InvoiceColour.RED : InvoiceColour.BLUE,
                party(SELLER_NAME, SELLER_TAX_ID),
                party(BUYER_NAME, BUYER_TAX_ID),
                false,
                decimal(TOTAL_AMOUNT),
                decimal(TOTAL_TAX),
                decimal(GRAND_TOTAL),
                issuedAt(),
                value(ISSUER),
                value(REMARKS),
                null,
                lines());
    }

    private InvoiceKind kind() {
        String kind = value(KIND);
        return kind == null ? null : InvoiceKind.valueOf(kind);
    }

    private boolean grandTotalIsNegative() {
        BigDecimal total = decimal(GRAND_TOTAL);
        return total != null && total.signum() < 0;
    }

    private Party party(String name, String taxId) {
        return new Party(value(name), value(taxId), null, null, null, null);
    }

    private LocalDateTime issuedAt() {
        String issued = value(ISSUED_AT);
        if (issued == null) {
            return null;
        }
        return issued.length() == 10 ? LocalDate.parse(issued).atStartOfDay() : LocalDateTime.parse(issued);
    }

    private List<InvoiceLine> lines() {
        List<InvoiceLine> lines = new ArrayList<>(lineCount);
        for (int i = 0; i < lineCount; i++) {
            lines.add(new InvoiceLine(
                    i + 1,
                    lineValue(i, "itemName"),
                    lineValue(i, "specification"),
                    lineValue(i, "unit"),
                    decimal(linePath(i, "quantity")),
                    decimal(linePath(i, "unitPrice")),
                    decimal(linePath(i, "amount")),
                    decimal(linePath(i, "taxRate")),
                    decimal(linePath(i, "taxAmount")),
                    lineValue(i, "taxClassificationCode"),
                    "00",
                    null));
        }
        return lines;
    }

    private String lineValue(int index, String name) {
        return value(linePath(index, name));
    }

    private BigDecimal decimal(String field) {
        String value = value(field);
        return value == null ? null : new BigDecimal(value);
    }
}
