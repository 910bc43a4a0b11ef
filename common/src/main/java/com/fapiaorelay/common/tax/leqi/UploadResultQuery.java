package com.fapiaorelay.common.tax.leqi;

import com.fapiaorelay.common.tax.UploadOutcome;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** CXQDFPSCJG: the statuses 乐企 reports for the invoices of one upload, by invoice number. */
final class UploadResultQuery {

    private final LeqiExchange exchange;

    UploadResultQuery(LeqiExchange exchange) {
        this.exchange = exchange;
    }

    /** The entries by {@code fphm}, or the failure of the query. */
    Outcome ask(String serial) {
        JsonNode request = LeqiJson.mapper().createObjectNode().put("sllsh", serial);
        LeqiExchange.Answer answer = exchange.call(LeqiWire.UPLOAD_RESULT, request);
        if (answer instanceof LeqiExchange.Failed failed) {
            return new Outcome(null, failed);
        }
        JsonNode data = ((LeqiExchange.Data) answer).data();
        String returnCode = data.path("returncode").asString("");
        if (!LeqiWire.RETURN_OK.equals(returnCode)) {
            return failure("LEQI_RETURN_" + returnCode, data.path("returnmsg").asString(""));
        }
        try {
            return new Outcome(byNumber(data.path("resultList")), null);
        } catch (JacksonException e) {
            return failure("UNREADABLE_ANSWER", "resultList is not JSON");
        }
    }

    private static Outcome failure(String code, String message) {
        return new Outcome(null, new LeqiExchange.Failed(UploadOutcome.UNKNOWN, code, message, null));
    }

    private static Map<String, Entry> byNumber(JsonNode list) {
        // The public mock answers the list as a string of JSON; the captured real answer as an array.
        JsonNode entries = list.isString() ? LeqiJson.mapper().readTree(list.asString()) : list;
        Map<String, Entry> byNumber = new HashMap<>();
        for (JsonNode entry : entries) {
            byNumber.putIfAbsent(
                    entry.path("fphm").asString(""),
                    new Entry(
                            entry.path("status").asString(""),
                            entry.path("message").asString("")));
        }
        return byNumber;
    }

    /** Either the entries or the failure; an entry's {@code status} is read through {@link LeqiStatus}. */
    record Outcome(Map<String, Entry> entries, LeqiExchange.Failed failure) {

        Optional<Entry> entry(String invoiceNumber) {
            return Optional.ofNullable(entries.get(invoiceNumber));
        }

        boolean failed() {
            return failure != null;
        }
    }

    record Entry(String status, String message) {}
}
