package com.fapiaorelay.common.tax;

import com.fapiaorelay.common.invoice.Invoice;

/**
 * An invoice as a service holds it: read, and the JSON text it was read from ({@code FapiaoJson}'s form of the same
 * invoice), which a channel whose wire carries that JSON sends unchanged instead of writing the invoice again.
 */
public record StoredInvoice(Invoice invoice, String json) {}
