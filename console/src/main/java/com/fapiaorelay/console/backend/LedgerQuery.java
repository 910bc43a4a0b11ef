package com.fapiaorelay.console.backend;

import com.fapiaorelay.common.invoice.InvoiceState;
import java.time.LocalDate;
import org.springframework.web.util.UriBuilder;

/** A search of the ledger: every part optional, as a person fills in the search form. */
public record LedgerQuery(
        String sellerTaxId,
        String invoiceNumber,
        InvoiceState state,
        LocalDate from,
        LocalDate to,
        int limit,
        int offset) {

    static LedgerQuery inState(InvoiceState state, int limit) {
        return new LedgerQuery(null, null, state, null, null, limit, 0);
    }

    UriBuilder applyTo(UriBuilder uri) {
        add(uri, "sellerTaxId", sellerTaxId);
        add(uri, "invoiceNumber", invoiceNumber);
        add(uri, "state", state);
        add(uri, "from", from);
        add(uri, "to", to);
        return uri.queryParam("limit", limit).queryParam("offset", offset);
    }

    private static void add(UriBuilder uri, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            uri.queryParam(name, value.toString().strip());
        }
    }
}
