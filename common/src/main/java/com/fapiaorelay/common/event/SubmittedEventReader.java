package com.fapiaorelay.common.event;

import com.fapiaorelay.common.json.FapiaoJson;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Reads {@link InvoiceSubmitted} in every schema version still supported, answering the current version. */
public final class SubmittedEventReader {

    private static final List<Integer> SUPPORTED = List.of(InvoiceSubmitted.VERSION);

    private SubmittedEventReader() {}

    public static InvoiceSubmitted read(String json) {
        JsonNode tree = parse(json);
        String type = tree.path("eventType").asString("");
        if (!InvoiceSubmitted.TYPE.equals(type)) {
            throw UnreadableEvent.unexpectedType(InvoiceSubmitted.TYPE, type);
        }
        int version = tree.path("schemaVersion").asInt(-1);
        if (version != InvoiceSubmitted.VERSION) {
            throw UnreadableEvent.unsupportedVersion(InvoiceSubmitted.TYPE, version, SUPPORTED);
        }
        try {
            return FapiaoJson.mapper().treeToValue(tree, InvoiceSubmitted.class);
        } catch (JacksonException e) {
            throw UnreadableEvent.malformed(e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return FapiaoJson.mapper().readTree(json);
        } catch (JacksonException e) {
            throw UnreadableEvent.malformed(e);
        }
    }
}
