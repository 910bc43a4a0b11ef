package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.invoice.InvoiceKey;

/** The ledger holds no invoice under the key asked for. */
class InvoiceNotFound extends RuntimeException {

    private InvoiceNotFound(String message) {
        super(message);
    }

    static InvoiceNotFound forKey(InvoiceKey key) {
        return new InvoiceNotFound(
                "No invoice " + key.invoiceNumber() + " of seller " + key.sellerTaxId() + " in the ledger");
    }
}
