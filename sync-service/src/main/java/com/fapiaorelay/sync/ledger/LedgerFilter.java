package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.invoice.InvoiceState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which invoices a search or count covers; every part is optional (null {@code sellerTaxIds}: every seller), the
 * issue-date range is inclusive.
 */
record LedgerFilter(Set<String> sellerTaxIds, String invoiceNumber, InvoiceState state, LocalDate from, LocalDate to) {

    LedgerFilter(Set<String> sellerTaxIds, InvoiceState state, LocalDate from, LocalDate to) {
        this(sellerTaxIds, null, state, from, to);
    }

    /** The WHERE clause of the parts given, so each query keeps the index that fits it. */
    String where() {
        List<String> conditions = new ArrayList<>();
        if (sellerTaxIds != null) {
            conditions.add("seller_tax_id = ANY(:sellers)");
        }
        if (invoiceNumber != null) {
            conditions.add("invoice_number = :number");
        }
        if (state != null) {
            conditions.add("state = :state");
        }
        if (from != null) {
            conditions.add("issued_at >= :from");
        }
        if (to != null) {
            conditions.add("issued_at < :toExclusive");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    Map<String, Object> params() {
        Map<String, Object> params = new LinkedHashMap<>();
        if (sellerTaxIds != null) {
            params.put("sellers", sellerTaxIds.toArray(String[]::new));
        }
        if (invoiceNumber != null) {
            params.put("number", invoiceNumber);
        }
        if (state != null) {
            params.put("state", state.name());
        }
        if (from != null) {
            params.put("from", from.atStartOfDay());
        }
        if (to != null) {
            params.put("toExclusive", to.plusDays(1).atStartOfDay());
        }
        return params;
    }
}
