package com.fapiaorelay.console.invoice;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.console.web.ConsoleRefusal;
import org.springframework.http.HttpStatus;

/** The ledger holds no invoice under that seller and number. */
class InvoiceNotFound extends ConsoleRefusal {

    private InvoiceNotFound(InvoiceKey key) {
        super(HttpStatus.NOT_FOUND, "invoice.not-found", key);
    }

    static InvoiceNotFound forKey(InvoiceKey key) {
        return new InvoiceNotFound(key);
    }
}
