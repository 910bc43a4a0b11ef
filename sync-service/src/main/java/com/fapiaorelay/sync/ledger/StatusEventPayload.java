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
        InvoiceStatusChanged event = bind(json);
        requireReadable(event.eventType(), event.schemaVersion());
        if (event.sellerTaxId() == null
                || event.invoiceNumber() == null
                || event.state() == null
                || event.occurredAt() == null) {
            throw PoisonRecord.because("status event without seller, invoice number, state or time", null);
        }
        return event;
    }

    /** Binds in one pass; only a payload that does not bind is read again as a tree, to say why. */
    private static InvoiceStatusChanged bind(String json) {
        try {
            return FapiaoJson.mapper().readValue(json, InvoiceStatusChanged.class);
        } catch (JacksonException | IllegalArgumentException e) {
            JsonNode tree = tree(json);
            requireReadable(
                    tree.path("eventType").asString(""),
                    tree.path("schemaVersion").asInt(-1));
            throw PoisonRecord.because("unreadable status event: " + e.getMessage(), e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return FapiaoJson.mapper().readTree(json);
        } catch (JacksonException e) {
            throw PoisonRecord.because("unreadable status event: " + e.getMessage(), e);
        }
    }

    private static void requireReadable(String type, int version) {
        if (!InvoiceStatusChanged.TYPE.equals(type) || version != InvoiceStatusChanged.VERSION) {
            throw PoisonRecord.because(
                    "expected " + InvoiceStatusChanged.TYPE + " schemaVersion " + InvoiceStatusChanged.VERSION
                            + ", got " + type + " schemaVersion " + version,
                    null);
        }
    }
}
