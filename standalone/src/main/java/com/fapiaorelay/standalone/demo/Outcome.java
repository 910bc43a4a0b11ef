package com.fapiaorelay.standalone.demo;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Where a run's invoices stand: accounted for when CONFIRMED, or needing a human with an alert raised. */
record Outcome(List<InvoiceKey> keys, List<String> states, Set<String> alerted) {

    Map<String, Long> byState() {
        return states.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }

    long confirmed() {
        return states.stream().filter(InvoiceState.CONFIRMED.name()::equals).count();
    }

    long needingHuman() {
        long count = 0;
        for (int i = 0; i < keys.size(); i++) {
            if (needsHuman(states.get(i)) && alerted.contains(keys.get(i).toString())) {
                count++;
            }
        }
        return count;
    }

    long unaccounted() {
        return keys.size() - confirmed() - needingHuman();
    }

    DemoReport report(long duplicateUploads, double seconds) {
        return new DemoReport(
                keys.size(),
                byState(),
                confirmed(),
                needingHuman(),
                duplicateUploads,
                alerted.size(),
                unaccounted(),
                seconds);
    }

    private static boolean needsHuman(String state) {
        return !state.equals("NOT_IN_LEDGER") && InvoiceState.valueOf(state).needsHuman();
    }
}
