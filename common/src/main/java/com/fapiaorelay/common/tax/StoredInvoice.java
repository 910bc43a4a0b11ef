package com.fapiaorelay.common.tax;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.json.FapiaoJson;

/**
 * An invoice as a service holds it: its key and its JSON text in UTF-8 ({@code FapiaoJson}'s form of the invoice),
 * which a channel whose wire carries that JSON sends unchanged, never decoded; a channel that needs the invoice itself
 * reads it.
 */
public record StoredInvoice(InvoiceKey key, byte[] json) {

    public Invoice invoice() {
        return FapiaoJson.mapper().readValue(json, Invoice.class);
    }
}
