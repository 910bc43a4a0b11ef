package com.fapiaorelay.console.correction;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceLine;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** An invoice as the re-entry form posts it, field by field. */
final class InvoiceFormParams {

    private InvoiceFormParams() {}

    static MultiValueMap<String, String> of(Invoice invoice) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("invoiceNumber", invoice.invoiceNumber());
        params.add("kind", invoice.kind().name());
        params.add("colour", invoice.colour().name());
        params.add("seller.name", invoice.seller().name());
        params.add("seller.taxId", invoice.seller().taxId());
        params.add("buyer.name", invoice.buyer().name());
        params.add("totalAmount", invoice.totalAmount().toPlainString());
        params.add("totalTax", invoice.totalTax().toPlainString());
        params.add("grandTotal", invoice.grandTotal().toPlainString());
        params.add("issuedAt", invoice.issuedAt().toString());
        params.add("issuer", invoice.issuer());
        params.add("remarks", invoice.remarks());
        for (InvoiceLine line : invoice.lines()) {
            String at = "lines[" + (line.lineNumber() - 1) + "].";
            params.add(at + "itemName", line.itemName());
            params.add(at + "amount", line.amount().toPlainString());
            params.add(at + "taxRate", line.taxRate().toPlainString());
            params.add(at + "taxAmount", line.taxAmount().toPlainString());
            params.add(at + "taxClassificationCode", line.taxClassificationCode());
            params.add(at + "lineNature", line.lineNature());
        }
        return params;
    }

    static MultiValueMap<String, String> correcting(Invoice original, Invoice corrected) {
        MultiValueMap<String, String> params = of(corrected);
        params.add("originalSellerTaxId", original.sellerTaxId());
        params.add("originalInvoiceNumber", original.invoiceNumber());
        params.add("note", "税务系统未收到，重新上传");
        return params;
    }
}
