package com.fapiaorelay.common.event;

import com.fapiaorelay.common.validation.Magnitudes;
import com.fapiaorelay.common.validation.Rule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@link ErpTotalsDeclared}: envelope, version, the seller, a day or a batch, the count and both sums within
 * magnitude, and the listed numbers (none empty, none twice, as many as the count). REST declarations are checked by
 * the same {@link #check}.
 */
public final class DeclarationEventReader {

    /** Beyond this a declaration is split into batches; a Kafka record's size limit comes first anyway. */
    public static final int MAX_NUMBERS = 50_000;

    private DeclarationEventReader() {}

    public static ErpTotalsDeclared read(String json) {
        return check(Envelopes.read(json, ErpTotalsDeclared.class, ErpTotalsDeclared.TYPE, ErpTotalsDeclared.VERSION));
    }

    /** The declaration if it can be compared with what we received; otherwise refused with the reason. */
    public static ErpTotalsDeclared check(ErpTotalsDeclared declared) {
        Envelopes.require(declared.eventId(), "eventId");
        Envelopes.require(declared.occurredAt(), "occurredAt");
        Envelopes.require(declared.source(), "source");
        Envelopes.require(declared.sellerTaxId(), "sellerTaxId");
        Envelopes.require(declared.invoiceCount(), "invoiceCount");
        Envelopes.require(declared.totalAmount(), "totalAmount");
        Envelopes.require(declared.totalTax(), "totalTax");
        Magnitudes.ofMoney(declared.totalAmount(), "totalAmount")
                .or(() -> Magnitudes.ofMoney(declared.totalTax(), "totalTax"))
                .ifPresent(outOfRange -> {
                    throw UnreadableEvent.because(outOfRange);
                });
        checkScope(declared);
        checkNumbers(declared);
        return declared;
    }

    private static void checkScope(ErpTotalsDeclared declared) {
        boolean batch = declared.batchId() != null;
        if ((batch && (declared.batchId().isBlank() || !declared.listsNumbers()))
                || (!batch && declared.day() == null)) {
            throw refused(Rule.EVENT_DECLARATION_SCOPE, batch ? "invoiceNumbers" : "day");
        }
    }

    private static void checkNumbers(ErpTotalsDeclared declared) {
        List<String> numbers = declared.listsNumbers() ? declared.invoiceNumbers() : List.of();
        if (numbers.size() > MAX_NUMBERS) {
            throw refused(Rule.EVENT_DECLARATION_COUNT, "invoiceNumbers", MAX_NUMBERS);
        }
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < numbers.size(); i++) {
            Envelopes.require(numbers.get(i), "invoiceNumbers[" + i + "]");
            if (!distinct.add(numbers.get(i))) {
                throw refused(Rule.EVENT_DECLARATION_COUNT, "invoiceNumbers[" + i + "]", MAX_NUMBERS);
            }
        }
        boolean countFits =
                declared.listsNumbers() ? declared.invoiceCount() == numbers.size() : declared.invoiceCount() >= 0;
        if (!countFits) {
            throw refused(Rule.EVENT_DECLARATION_COUNT, "invoiceCount", MAX_NUMBERS);
        }
    }

    private static UnreadableEvent refused(Rule rule, String field, Object... args) {
        return UnreadableEvent.because(rule.finding(field, null, args));
    }
}
