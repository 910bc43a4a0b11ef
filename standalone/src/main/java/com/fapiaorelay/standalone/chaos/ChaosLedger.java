package com.fapiaorelay.standalone.chaos;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.standalone.stack.RunningStack;
import com.fapiaorelay.standalone.stack.StackClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** What sync-service's ledger says about the campaign's invoices, through its counts and search API. */
final class ChaosLedger {

    private static final int PAGE = 500;

    private final RunningStack stack;
    private final ChaosHttp http;

    ChaosLedger(RunningStack stack, ChaosHttp http) {
        this.stack = stack;
        this.http = http;
    }

    /** Invoices per state, empty while sync-service is down or cannot reach its database. */
    Optional<Map<String, Long>> counts() {
        return http.get(stack.syncUrl() + "/api/v1/invoices/counts").map(counts -> {
            Map<String, Long> byState = new TreeMap<>();
            counts.path("byState")
                    .properties()
                    .forEach(e -> byState.put(e.getKey(), e.getValue().asLong()));
            return byState;
        });
    }

    /**
     * The state of every invoice: those not CONFIRMED are listed by state (few, so cheap to page), the others are
     * CONFIRMED. When the ledger holds fewer invoices than were fed, each one is asked for, to name those missing.
     */
    Map<InvoiceKey, String> states(List<InvoiceKey> keys) {
        Map<String, Long> counts = counts().orElseThrow(() -> new IllegalStateException("sync-service is down"));
        long held = counts.values().stream().mapToLong(Long::longValue).sum();
        if (held < keys.size()) {
            return eachAskedFor(keys);
        }
        Map<InvoiceKey, String> states = new HashMap<>();
        keys.forEach(key -> states.put(key, InvoiceState.CONFIRMED.name()));
        counts.keySet().stream()
                .filter(state -> !state.equals(InvoiceState.CONFIRMED.name()))
                .forEach(state -> states.putAll(listed(state)));
        return states;
    }

    private Map<InvoiceKey, String> listed(String state) {
        Map<InvoiceKey, String> listed = new HashMap<>();
        for (int offset = 0; ; offset += PAGE) {
            JsonNode page = http.require(
                    stack.syncUrl() + "/api/v1/invoices?state=" + state + "&limit=" + PAGE + "&offset=" + offset);
            page.path("items")
                    .forEach(item -> listed.put(
                            new InvoiceKey(
                                    item.path("sellerTaxId").asString(),
                                    item.path("invoiceNumber").asString()),
                            state));
            if (offset + PAGE >= page.path("total").asLong()) {
                return listed;
            }
        }
    }

    private Map<InvoiceKey, String> eachAskedFor(List<InvoiceKey> keys) {
        StackClient client = new StackClient(stack);
        Map<InvoiceKey, String> states = new HashMap<>();
        for (int from = 0; from < keys.size(); from += PAGE) {
            List<InvoiceKey> chunk = keys.subList(from, Math.min(keys.size(), from + PAGE));
            List<String> answered = client.ledgerStates(chunk);
            for (int i = 0; i < chunk.size(); i++) {
                states.put(chunk.get(i), answered.get(i));
            }
        }
        return states;
    }

    static Map<String, Long> byState(Map<InvoiceKey, String> states) {
        return states.values().stream()
                .collect(Collectors.groupingBy(state -> state, TreeMap::new, Collectors.counting()));
    }
}
