package com.fapiaorelay.console.correction;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceColour;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceKind;
import com.fapiaorelay.common.invoice.InvoiceLine;
import com.fapiaorelay.common.invoice.RedLetter;
import java.util.ArrayList;
import java.util.List;

/**
 * The re-entry form: every field of an invoice as text, plus the invoice it corrects (empty for one we never
 * received) and the clerk's note for the reviewer.
 */
public record InvoiceForm(
        String originalSellerTaxId,
        String originalInvoiceNumber,
        String note,
        String invoiceNumber,
        String invoiceCode,
        InvoiceKind kind,
        InvoiceColour colour,
        PartyForm seller,
        PartyForm buyer,
        Boolean buyerIsNaturalPerson,
        String totalAmount,
        String totalTax,
        String grandTotal,
        String issuedAt,
        String issuer,
        String remarks,
        String redOriginalNumber,
        String redConfirmationNumber,
        String redReason,
        List<LineForm> lines) {

    public InvoiceForm {
        kind = kind == null ? InvoiceKind.NORMAL : kind;
        buyerIsNaturalPerson = Boolean.TRUE.equals(buyerIsNaturalPerson);
        colour = colour == null ? InvoiceColour.BLUE : colour;
        seller = seller == null ? PartyForm.blank() : seller;
        buyer = buyer == null ? PartyForm.blank() : buyer;
        lines = lines == null || lines.isEmpty() ? List.of(LineForm.blank()) : List.copyOf(lines);
    }

    static InvoiceForm blank() {
        return new InvoiceForm(
                null, null, null, null, null, null, null, null, null, false, null, null, null, null, null, null, null,
                null, null, null);
    }

    /** The original invoice's content, ready to be corrected. */
    static InvoiceForm of(Invoice original) {
        return filled(original, original.sellerTaxId(), original.invoiceNumber());
    }

    /** A draft read from an invoice file, correcting {@code original} (null for an invoice we never received). */
    static InvoiceForm extracted(Invoice draft, InvoiceKey original) {
        return filled(
                draft,
                original == null ? null : original.sellerTaxId(),
                original == null ? null : original.invoiceNumber());
    }

    private static InvoiceForm filled(Invoice original, String originalSellerTaxId, String originalInvoiceNumber) {
        RedLetter red = original.redLetter();
        return new InvoiceForm(
                originalSellerTaxId,
                originalInvoiceNumber,
                null,
                original.invoiceNumber(),
                original.invoiceCode(),
                original.kind(),
                original.colour(),
                PartyForm.of(original.seller()),
                PartyForm.of(original.buyer()),
                original.buyerIsNaturalPerson(),
                FormValues.text(original.totalAmount()),
                FormValues.text(original.totalTax()),
                FormValues.text(original.grandTotal()),
                FormValues.text(original.issuedAt()),
                original.issuer(),
                original.remarks(),
                red == null ? null : red.originalInvoiceNumber(),
                red == null ? null : red.confirmationNumber(),
                red == null ? null : red.reason(),
                original.lines().stream().map(LineForm::of).toList());
    }

    /** The invoice it corrects, or null for a re-entry from a blank form. */
    InvoiceKey originalKey() {
        String seller = FormValues.text(originalSellerTaxId);
        String number = FormValues.text(originalInvoiceNumber);
        return seller == null || number == null ? null : new InvoiceKey(seller, number);
    }

    /** The invoice as typed; text that is not a number or time where one is due is noted in {@code values}. */
    Invoice toInvoice(FormValues values) {
        return new Invoice(
                FormValues.text(invoiceNumber),
                FormValues.text(invoiceCode),
                kind,
                colour,
                seller.toParty(),
                buyer.toParty(),
                buyerIsNaturalPerson,
                values.number("totalAmount", totalAmount),
                values.number("totalTax", totalTax),
                values.number("grandTotal", grandTotal),
                values.time("issuedAt", issuedAt),
                FormValues.text(issuer),
                FormValues.text(remarks),
                redLetter(),
                lines(values));
    }

    private RedLetter redLetter() {
        if (FormValues.text(redOriginalNumber) == null && FormValues.text(redConfirmationNumber) == null) {
            return null;
        }
        return new RedLetter(
                FormValues.text(redOriginalNumber), FormValues.text(redConfirmationNumber), FormValues.text(redReason));
    }

    private List<InvoiceLine> lines(FormValues values) {
        List<InvoiceLine> typed = new ArrayList<>();
        for (LineForm line : lines) {
            if (!line.isBlank()) {
                typed.add(line.toLine(typed.size() + 1, values));
            }
        }
        return typed;
    }
}
