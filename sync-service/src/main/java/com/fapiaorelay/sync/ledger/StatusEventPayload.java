package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.kit.kafka.PoisonRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Reads an {@link InvoiceStatusChanged} payload; anything we can never read is a {@link PoisonRecord}. */
final class StatusEventPayload {

    private StatusEventPayload() {}

    static InvoiceStatusChanged parse(String json) {
        try {
            JsonNode tree = FapiaoJson.mapper().readTree(json);
            requireReadable(tree);
            InvoiceStatusChanged event = FapiaoJson.mapper().treeToValue(tree, InvoiceStatusChanged.class);
            if (event.sellerTaxId() == null
                    || event.invoiceNumber() == null
                    || event.state() == null
                    || event.occurredAt() == null) {
                throw PoisonRecord.because("status event without seller, invoice number, state or time", null);
            }
            return event;
        } catch (JacksonException | IllegalArgumentException e) {
            throw PoisonRecord.because("unreadable status event: " + e.getMessage(), e);
        }
    }

    private static void requireReadable(JsonNode tree) {
        String type = tree.path("eventType").asString("");
        int version = tree.path("schemaVersion").asInt(-1);
        if (!InvoiceStatusChanged.TYPE.equals(type) || version != InvoiceStatusChanged.VERSION) {
            throw PoisonRecord.because(
                    "expected " + InvoiceStatusChanged.TYPE + " schemaVersion " + InvoiceStatusChanged.VERSION
                            + ", got " + type + " schemaVersion " + version,
                    null);
        }
    }
}
