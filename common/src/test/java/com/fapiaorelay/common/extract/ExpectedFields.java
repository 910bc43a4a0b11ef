package com.fapiaorelay.common.extract;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceLine;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a file of each kind shows, by invoice path: the XML everything, the printed template no tax classification
 * code and only the date of issue. These are the values an extraction is scored against.
 */
final class ExpectedFields {

    private ExpectedFields() {}

    static Map<String, String> of(Invoice invoice, boolean xml) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, DraftFields.NUMBER, invoice.invoiceNumber());
        put(fields, DraftFields.KIND, invoice.kind().name());
        put(
                fields,
                DraftFields.ISSUED_AT,
                xml
                        ? invoice.issuedAt().toString()
                        : invoice.issuedAt().toLocalDate().toString());
        put(fields, DraftFields.SELLER_NAME, invoice.seller().name());
        put(fields, DraftFields.SELLER_TAX_ID, invoice.seller().taxId());
        put(fields, DraftFields.BUYER_NAME, invoice.buyer().name());
        put(fields, DraftFields.BUYER_TAX_ID, invoice.buyer().taxId());
        put(fields, DraftFields.TOTAL_AMOUNT, invoice.totalAmount());
        put(fields, DraftFields.TOTAL_TAX, invoice.totalTax());
        put(fields, DraftFields.GRAND_TOTAL, invoice.grandTotal());
        put(fields, DraftFields.ISSUER, invoice.issuer());
        put(fields, DraftFields.REMARKS, invoice.remarks());
        for (int i = 0; i < invoice.lines().size(); i++) {
            line(fields, i, invoice.lines().get(i), xml);
        }
        return fields;
    }

    private static void line(Map<String, String> fields, int index, InvoiceLine line, boolean xml) {
        put(fields, DraftFields.linePath(index, "itemName"), line.itemName());
        put(fields, DraftFields.linePath(index, "specification"), line.specification());
        put(fields, DraftFields.linePath(index, "unit"), line.unit());
        put(fields, DraftFields.linePath(index, "quantity"), line.quantity());
        put(fields, DraftFields.linePath(index, "unitPrice"), line.unitPrice());
        put(fields, DraftFields.linePath(index, "amount"), line.amount());
        put(fields, DraftFields.linePath(index, "taxRate"), line.taxRate());
        put(fields, DraftFields.linePath(index, "taxAmount"), line.taxAmount());
        if (xml) {
            put(fields, DraftFields.linePath(index, "taxClassificationCode"), line.taxClassificationCode());
        }
    }

    private static void put(Map<String, String> fields, String path, Object value) {
        if (value != null) {
            fields.put(path, value instanceof BigDecimal number ? number.toPlainString() : value.toString());
        }
    }
}
