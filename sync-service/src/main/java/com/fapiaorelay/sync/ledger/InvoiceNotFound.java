package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.kit.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** The ledger holds no invoice under the key asked for. */
class InvoiceNotFound extends ApiProblem {

    private InvoiceNotFound(String detail) {
        super(HttpStatus.NOT_FOUND, "invoice-not-found", "Invoice not found", detail);
    }

    static InvoiceNotFound forKey(InvoiceKey key) {
        return new InvoiceNotFound(
                "No invoice " + key.invoiceNumber() + " of seller " + key.sellerTaxId() + " in the ledger");
    }
}
