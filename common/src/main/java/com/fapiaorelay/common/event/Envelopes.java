package com.fapiaorelay.common.event;

import com.fapiaorelay.common.json.FapiaoJson;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * What every event reader does the same way: refuse the empty event, bind the current version in one pass, and
 * only when that fails read the JSON again as a tree to say why: its type, its version, or where it broke.
 */
final class Envelopes {

    private Envelopes() {}

    /** The event in {@code form} if it binds and is of {@code type} and {@code version}; otherwise null. */
    static <T extends FapiaoEvent> T bindCurrent(String json, Class<T> form, String type, int version) {
        if (json == null || json.isBlank()) {
            throw UnreadableEvent.empty();
        }
        try {
            T event = FapiaoJson.mapper().readValue(json, form);
            return event != null && type.equals(event.eventType()) && event.schemaVersion() == version ? event : null;
        } catch (RuntimeException unbound) {
            return null;
        }
    }

    /** Reads a single-version event: bound at once, or refused with the reason. */
    static <T extends FapiaoEvent> T read(String json, Class<T> form, String type, int version) {
        T event = bindCurrent(json, form, type, version);
        if (event != null) {
            return event;
        }
        JsonNode tree = tree(json);
        requireVersion(tree, type, List.of(version));
        return convert(tree, form);
    }

    static JsonNode tree(String json) {
        try {
            JsonNode tree = FapiaoJson.mapper().readTree(json);
            if (tree == null || !tree.isObject()) {
                throw UnreadableEvent.malformed("event", new IllegalArgumentException("not a JSON object"));
            }
            return tree;
        } catch (JacksonException e) {
            throw UnreadableEvent.malformed("event", e);
        }
    }

    /** The event's schema version, once its type is {@code type} and the version one of {@code supported}. */
    static int requireVersion(JsonNode tree, String type, List<Integer> supported) {
        String actual = tree.path("eventType").asString("");
        if (!type.equals(actual)) {
            throw UnreadableEvent.unexpectedType(type, actual);
        }
        int version = tree.path("schemaVersion").asInt(-1);
        if (!supported.contains(version)) {
            throw UnreadableEvent.unsupportedVersion(version, supported);
        }
        return version;
    }

    /** Binding is pure: whatever fails in it, the event is malformed. */
    static <T> T convert(JsonNode tree, Class<T> form) {
        try {
            return FapiaoJson.mapper().treeToValue(tree, form);
        } catch (JacksonException e) {
            throw UnreadableEvent.malformed(fieldOf(e), e);
        } catch (RuntimeException e) {
            throw UnreadableEvent.malformed("event", e);
        }
    }

    static void require(Object value, String field) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw UnreadableEvent.missing(field);
        }
    }

    /** The JSON path where binding failed, written as findings write fields: {@code invoice.lines[0].amount}. */
    private static String fieldOf(JacksonException e) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference step : e.getPath()) {
            if (step.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "event" : field.toString();
    }
}
