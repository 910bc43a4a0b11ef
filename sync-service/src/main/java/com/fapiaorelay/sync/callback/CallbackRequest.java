package com.fapiaorelay.sync.callback;

import com.fapiaorelay.common.invoice.InvoiceState;
import java.util.List;

/** A webhook to register: where, the secret to sign with, for which sellers, and which states (none: all). */
record CallbackRequest(String url, String secret, List<String> sellerTaxIds, List<InvoiceState> states) {

    CallbackRequest {
        sellerTaxIds = sellerTaxIds == null ? List.of() : List.copyOf(sellerTaxIds);
        states = states == null ? List.of() : List.copyOf(states);
    }
}
