package com.fapiaorelay.console.correction;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.json.FapiaoJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** What a reviewer compares: each field whose value differs between the original and the correction. */
public final class FieldChanges {

    private FieldChanges() {}

    /** The changed fields, by JSON path ({@code lines[0].amount}); every field when there is no original. */
    static List<Change> between(Invoice original, Invoice corrected) {
        Map<String, String> before = original == null ? Map.of() : flatten(original);
        Map<String, String> after = flatten(corrected);
        Set<String> paths = new LinkedHashSet<>(after.keySet());
        paths.addAll(before.keySet());
        List<Change> changes = new ArrayList<>();
        for (String path : paths) {
            if (!Objects.equals(before.get(path), after.get(path))) {
                changes.add(new Change(path, before.get(path), after.get(path)));
            }
        }
        return changes;
    }

    private static Map<String, String> flatten(Invoice invoice) {
        Map<String, String> fields = new LinkedHashMap<>();
        flatten("", FapiaoJson.mapper().valueToTree(invoice), fields);
        return fields;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> fields) {
        if (node.isObject()) {
            node.properties().forEach(field -> flatten(join(path, field.getKey()), field.getValue(), fields));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), fields);
            }
        } else if (!node.isNull()) {
            fields.put(path, node.asString());
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** One field: its value before (null if absent) and after. */
    public record Change(String field, String before, String after) {}
}
