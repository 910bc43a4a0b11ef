package com.fapiaorelay.upload.intake;

import com.fapiaorelay.common.invoice.InvoiceKey;
import java.net.URI;

/** What intake did with one invoice and where to follow it from here. */
public record IntakeReceipt(
        String key, String sellerTaxId, String invoiceNumber, IntakeOutcome outcome, URI statusUrl) {

    public static IntakeReceipt of(InvoiceKey key, IntakeOutcome outcome, URI statusUrl) {
        return new IntakeReceipt(key.toString(), key.sellerTaxId(), key.invoiceNumber(), outcome, statusUrl);
    }
}
