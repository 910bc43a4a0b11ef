package com.fapiaorelay.standalone.chaos;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where the campaign's invoices ended. Accounted for: CONFIRMED, or in a state that needs a human with an alert
 * raised for that invoice. Everything else is unaccounted for, with the reason.
 */
record ChaosOutcome(
        Map<String, Long> byState,
        long confirmed,
        long withHumanAndAlert,
        Map<String, Long> unaccountedByReason,
        List<Unaccounted> unaccounted) {

    record Unaccounted(String key, String state, String reason) {}

    static ChaosOutcome of(Map<InvoiceKey, String> states, Set<InvoiceKey> alerted) {
        long confirmed = 0;
        long withHuman = 0;
        Map<String, Long> reasons = new TreeMap<>();
        List<Unaccounted> unaccounted = new ArrayList<>();
        for (Map.Entry<InvoiceKey, String> invoice : states.entrySet()) {
            String state = invoice.getValue();
            if (state.equals(InvoiceState.CONFIRMED.name())) {
                confirmed++;
                continue;
            }
            if (needsHuman(state) && alerted.contains(invoice.getKey())) {
                withHuman++;
                continue;
            }
            String reason = reason(state);
            reasons.merge(reason, 1L, Long::sum);
            unaccounted.add(new Unaccounted(invoice.getKey().toString(), state, reason));
        }
        return new ChaosOutcome(ChaosLedger.byState(states), confirmed, withHuman, reasons, unaccounted);
    }

    long unaccountedCount() {
        return unaccounted.size();
    }

    private static String reason(String state) {
        if (state.equals("NOT_IN_LEDGER")) {
            return "sync-service never heard of it";
        }
        return needsHuman(state) ? "needs a human, but no alert was raised" : "still in " + state;
    }

    private static boolean needsHuman(String state) {
        return !state.equals("NOT_IN_LEDGER") && InvoiceState.valueOf(state).needsHuman();
    }
}
