package com.fapiaorelay.common.validation;

import static com.fapiaorelay.common.validation.Text.isBlank;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKind;
import com.fapiaorelay.common.invoice.InvoiceLine;
import com.fapiaorelay.common.invoice.Party;
import java.util.List;

/** Fields every invoice needs, and the buyer's tax ID a special invoice needs. */
final class RequiredFields implements InvoiceRule {

    @Override
    public void check(Invoice invoice, Findings findings) {
        require(!isBlank(invoice.invoiceNumber()), "invoiceNumber", findings);
        require(invoice.kind() != null, "kind", findings);
        require(invoice.colour() != null, "colour", findings);
        require(invoice.totalAmount() != null, "totalAmount", findings);
        require(invoice.totalTax() != null, "totalTax", findings);
        require(invoice.grandTotal() != null, "grandTotal", findings);
        require(invoice.issuedAt() != null, "issuedAt", findings);
        checkSeller(invoice.seller(), findings);
        checkBuyer(invoice, findings);
        checkLines(invoice.lines(), findings);
    }

    private static void checkSeller(Party seller, Findings findings) {
        if (seller == null) {
            findings.add(Rule.REQUIRED, "seller", "seller");
            return;
        }
        require(!isBlank(seller.name()), "seller.name", findings);
        require(!isBlank(seller.taxId()), "seller.taxId", findings);
    }

    private static void checkBuyer(Invoice invoice, Findings findings) {
        Party buyer = invoice.buyer();
        if (buyer == null) {
            findings.add(Rule.REQUIRED, "buyer", "buyer");
            return;
        }
        require(!isBlank(buyer.name()), "buyer.name", findings);
        if (invoice.kind() == InvoiceKind.SPECIAL && isBlank(buyer.taxId())) {
            findings.add(Rule.SPECIAL_WITHOUT_BUYER_TAXID, "buyer.taxId");
        }
    }

    private static void checkLines(List<InvoiceLine> lines, Findings findings) {
        require(!lines.isEmpty(), "lines", findings);
        for (int i = 0; i < lines.size(); i++) {
            InvoiceLine line = lines.get(i);
            requireOnLine(!isBlank(line.itemName()), i, "itemName", findings);
            requireOnLine(line.amount() != null, i, "amount", findings);
            requireOnLine(line.taxRate() != null, i, "taxRate", findings);
            requireOnLine(line.taxAmount() != null, i, "taxAmount", findings);
            if ((line.quantity() == null) != (line.unitPrice() == null)) {
                String missing = line.quantity() == null ? "quantity" : "unitPrice";
                findings.add(Rule.QUANTITY_PRICE_PAIR, Findings.line(i, missing));
            }
        }
    }

    private static void require(boolean present, String field, Findings findings) {
        if (!present) {
            findings.add(Rule.REQUIRED, field, field);
        }
    }

    private static void requireOnLine(boolean present, int index, String name, Findings findings) {
        if (!present) {
            String field = Findings.line(index, name);
            findings.add(Rule.REQUIRED, field, field);
        }
    }
}
