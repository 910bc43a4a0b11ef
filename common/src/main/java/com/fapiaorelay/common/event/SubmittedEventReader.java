package com.fapiaorelay.common.event;

import com.fapiaorelay.common.json.FapiaoJson;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@link InvoiceSubmitted} in every schema version still supported, answering the current version: version 1
 * (the flat legacy form, see {@link InvoiceSubmittedV1}) is upcast, version 2 is read as it is.
 */
public final class SubmittedEventReader {

    private static final List<Integer> SUPPORTED = List.of(InvoiceSubmittedV1.VERSION, InvoiceSubmitted.VERSION);

    private SubmittedEventReader() {}

    public static InvoiceSubmitted read(String json) {
        InvoiceSubmitted current = bindCurrent(json);
        return current != null ? current : readAnyVersion(json);
    }

    /** Nearly every event is in the current version: one pass binds it. Anything else is read again as a tree. */
    private static InvoiceSubmitted bindCurrent(String json) {
        try {
            InvoiceSubmitted event = FapiaoJson.mapper().readValue(json, InvoiceSubmitted.class);
            boolean current = event != null
                    && InvoiceSubmitted.TYPE.equals(event.eventType())
                    && event.schemaVersion() == InvoiceSubmitted.VERSION;
            return current ? event : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static InvoiceSubmitted readAnyVersion(String json) {
        JsonNode tree = parse(json);
        String type = tree.path("eventType").asString("");
        if (!InvoiceSubmitted.TYPE.equals(type)) {
            throw UnreadableEvent.unexpectedType(InvoiceSubmitted.TYPE, type);
        }
        int version = tree.path("schemaVersion").asInt(-1);
        return switch (version) {
            case InvoiceSubmittedV1.VERSION ->
                convert(tree, InvoiceSubmittedV1.class).upcast();
            case InvoiceSubmitted.VERSION -> convert(tree, InvoiceSubmitted.class);
            default -> throw UnreadableEvent.unsupportedVersion(InvoiceSubmitted.TYPE, version, SUPPORTED);
        };
    }

    private static <T> T convert(JsonNode tree, Class<T> form) {
        try {
            return FapiaoJson.mapper().treeToValue(tree, form);
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
