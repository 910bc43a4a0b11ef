package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.sync.access.Caller;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "Where is my invoice?", searches and counts by state over the ledger, each within the caller's sellers. */
@RestController
@RequestMapping("/api/v1/invoices")
class LedgerController {

    private static final int MAX_LIMIT = 500;

    private final LedgerQueryRows queries;

    LedgerController(LedgerQueryRows queries) {
        this.queries = queries;
    }

    @GetMapping("/{sellerTaxId}/{invoiceNumber}")
    InvoiceView invoice(
            @PathVariable String sellerTaxId,
            @PathVariable String invoiceNumber,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        caller.requireSeller(sellerTaxId);
        InvoiceKey key = new InvoiceKey(sellerTaxId, invoiceNumber);
        return queries.find(key).orElseThrow(() -> InvoiceNotFound.forKey(key));
    }

    @GetMapping
    InvoicePage search(
            @RequestParam(required = false) String sellerTaxId,
            @RequestParam(required = false) String invoiceNumber,
            @RequestParam(required = false) InvoiceState state,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(defaultValue = "0") int offset,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            throw PagingOutOfRange.of(limit, offset, MAX_LIMIT);
        }
        LedgerFilter filter =
                new LedgerFilter(caller.sellersToSearch(sellerTaxId), blankToNull(invoiceNumber), state, from, to);
        return queries.search(filter, limit, offset);
    }

    @GetMapping("/counts")
    StateCounts counts(
            @RequestParam(required = false) String sellerTaxId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        Map<InvoiceState, Long> byState =
                queries.countByState(new LedgerFilter(caller.sellersToSearch(sellerTaxId), null, from, to));
        long total = byState.values().stream().mapToLong(Long::longValue).sum();
        return new StateCounts(sellerTaxId, from, to, byState, total);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
