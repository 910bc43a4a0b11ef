package com.fapiaorelay.standalone.chaos;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.standalone.chaos.ChaosOutcome.Unaccounted;
import com.fapiaorelay.standalone.stack.RunningStack;
import com.fapiaorelay.standalone.stack.StackClient;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** The evidence the invariant is judged on, gathered once the stack has settled or the time is up. */
record ChaosCheck(
        ChaosOutcome outcome,
        List<String> unaccountedEvidence,
        List<String> missingEvidence,
        List<ChaosDuplicate> duplicates,
        List<String> duplicateEvidence,
        long repeatedUploads,
        Map<String, Long> injectedFaults,
        int unpublished) {

    private static final int EVIDENCE_LINES = 30;

    static ChaosCheck gather(RunningStack stack, ChaosHttp http, Map<InvoiceKey, String> states, int unpublished)
            throws SQLException {
        ChaosOutcome outcome = ChaosOutcome.of(states, alerted(stack));
        JsonNode statistics = http.require(stack.sandboxUrl() + "/sandbox/statistics");
        List<ChaosDuplicate> duplicates = ChaosDuplicates.read(stack);
        return new ChaosCheck(
                outcome,
                evidence(stack, http, unaccounted(outcome.unaccounted())),
                evidence(stack, http, missing(states)),
                duplicates,
                duplicateEvidence(stack, http, duplicates),
                statistics.path("repeatedUploads").asLong(),
                numbers(statistics.path("injectedFaults")),
                unpublished);
    }

    /** Invoices alert-service raised an alert for. */
    static Set<InvoiceKey> alerted(RunningStack stack) {
        return new StackClient(stack)
                .alertsAfter(0).stream()
                        .filter(alert -> !alert.path("invoiceNumber").isNull()
                                && !alert.path("invoiceNumber").isMissingNode())
                        .map(alert -> new InvoiceKey(
                                alert.path("sellerTaxId").asString(),
                                alert.path("invoiceNumber").asString()))
                        .collect(Collectors.toSet());
    }

    private static Map<InvoiceKey, String> unaccounted(List<Unaccounted> unaccounted) {
        Map<InvoiceKey, String> labelled = new LinkedHashMap<>();
        unaccounted.stream()
                .limit(EVIDENCE_LINES)
                .forEach(u -> labelled.put(InvoiceKey.parse(u.key()), u.state() + " (" + u.reason() + ")"));
        return labelled;
    }

    /** MISSING after every re-upload round is accounted for, but rare enough to be worth reading. */
    private static Map<InvoiceKey, String> missing(Map<InvoiceKey, String> states) {
        Map<InvoiceKey, String> labelled = new LinkedHashMap<>();
        states.entrySet().stream()
                .filter(e -> e.getValue().equals("MISSING"))
                .limit(EVIDENCE_LINES)
                .forEach(e -> labelled.put(e.getKey(), e.getValue()));
        return labelled;
    }

    /** Both services' record of each invoice: upload-service's attempts and sync-service's timeline. */
    private static List<String> evidence(RunningStack stack, ChaosHttp http, Map<InvoiceKey, String> labelled)
            throws SQLException {
        Map<InvoiceKey, String> uploadSide = ChaosDuplicates.uploadSide(stack, List.copyOf(labelled.keySet()));
        return labelled.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() + "; " + uploadSide.get(e.getKey()) + "; ledger: "
                        + timeline(stack, http, e.getKey()))
                .toList();
    }

    /** The unexplained first, then those only plausibly blind, each with sync-service's timeline for it. */
    private static List<String> duplicateEvidence(RunningStack stack, ChaosHttp http, List<ChaosDuplicate> all) {
        return all.stream()
                .sorted(Comparator.comparing(ChaosDuplicate::verdict, Comparator.reverseOrder()))
                .limit(EVIDENCE_LINES)
                .map(d -> d.verdict() + " " + d.key() + " received " + d.uploads() + "×, first copy visible "
                        + d.visibleAt() + "; upload attempts: " + d.history() + "; ledger: "
                        + timeline(stack, http, InvoiceKey.parse(d.key())))
                .toList();
    }

    private static String timeline(RunningStack stack, ChaosHttp http, InvoiceKey key) {
        return http.get(stack.syncUrl() + "/api/v1/invoices/" + key.sellerTaxId() + "/" + key.invoiceNumber())
                .map(view -> {
                    List<String> entries = new ArrayList<>();
                    view.path("timeline")
                            .forEach(e -> entries.add(e.path("state").asString() + "("
                                    + e.path("reasonCode").asString("") + ")@"
                                    + e.path("occurredAt").asString()));
                    return String.join(" → ", entries);
                })
                .orElse("unavailable");
    }

    private static Map<String, Long> numbers(JsonNode node) {
        Map<String, Long> numbers = new TreeMap<>();
        node.properties().forEach(e -> numbers.put(e.getKey(), e.getValue().asLong()));
        return numbers;
    }
}
