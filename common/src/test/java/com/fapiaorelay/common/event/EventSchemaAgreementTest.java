package com.fapiaorelay.common.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.json.FapiaoJson;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** The published JSON Schemas and the Java records must describe the same fields with the same JSON types. */
class EventSchemaAgreementTest {

    static List<Arguments> events() {
        return List.of(
                Arguments.of(
                        InvoiceSubmitted.class, "invoice-submitted", InvoiceSubmitted.TYPE, InvoiceSubmitted.VERSION),
                Arguments.of(
                        InvoiceStatusChanged.class,
                        "invoice-status-changed",
                        InvoiceStatusChanged.TYPE,
                        InvoiceStatusChanged.VERSION),
                Arguments.of(
                        ReuploadRequested.class,
                        "reupload-requested",
                        ReuploadRequested.TYPE,
                        ReuploadRequested.VERSION),
                Arguments.of(AnomalyRaised.class, "anomaly-raised", AnomalyRaised.TYPE, AnomalyRaised.VERSION),
                Arguments.of(
                        ErpTotalsDeclared.class,
                        "erp-totals-declared",
                        ErpTotalsDeclared.TYPE,
                        ErpTotalsDeclared.VERSION));
    }

    @ParameterizedTest
    @MethodSource("events")
    void schemaDescribesExactlyTheRecordsFields(Class<?> event, String schemaName, String type, int version)
            throws IOException {
        JsonNode schema = load(schemaName);
        assertAgrees(event, schema, schema);
        assertThat(schema.at("/properties/eventType/const").asString()).isEqualTo(type);
        assertThat(schema.at("/properties/schemaVersion/const").asInt()).isEqualTo(version);
    }

    private static void assertAgrees(Class<?> record, JsonNode objectSchema, JsonNode root) {
        JsonNode properties = objectSchema.get("properties");
        Set<String> components = Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toSet());
        assertThat(properties.propertyNames())
                .as(record.getSimpleName())
                .containsExactlyInAnyOrderElementsOf(components);
        for (RecordComponent component : record.getRecordComponents()) {
            assertTypeAgrees(
                    component.getGenericType(), properties.get(component.getName()), root, component.getName());
        }
        objectSchema.get("required").forEach(required -> assertThat(components).contains(required.asString()));
    }

    private static void assertTypeAgrees(Type type, JsonNode property, JsonNode root, String name) {
        if (type instanceof ParameterizedType list) {
            assertThat(property.get("type").asString()).as(name).isEqualTo("array");
            assertTypeAgrees(list.getActualTypeArguments()[0], property.get("items"), root, name + "[]");
        } else if (type instanceof Class<?> cls && cls.isRecord()) {
            JsonNode definition = root.at(property.get("$ref").asString().substring(1));
            assertAgrees(cls, definition, root);
        } else {
            assertThat(property.get("type").asString()).as(name).isEqualTo(jsonType((Class<?>) type));
        }
    }

    private static String jsonType(Class<?> type) {
        if (type == int.class || type == long.class || type == Integer.class) {
            return "integer";
        }
        if (type == boolean.class) {
            return "boolean";
        }
        boolean textual = type == String.class
                || type == UUID.class
                || type == BigDecimal.class
                || type.isEnum()
                || type == OffsetDateTime.class
                || type == LocalDateTime.class
                || type == LocalDate.class;
        assertThat(textual).as("a JSON mapping is known for " + type).isTrue();
        return "string";
    }

    private static JsonNode load(String name) throws IOException {
        try (InputStream in = EventSchemaAgreementTest.class.getResourceAsStream("/schemas/" + name + ".schema.json")) {
            assertThat(in).as("schema " + name).isNotNull();
            return FapiaoJson.mapper().readTree(in);
        }
    }
}
