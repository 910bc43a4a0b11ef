package com.fapiaorelay.common.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.validation.Finding;
import com.fapiaorelay.common.validation.InvoiceValidator;
import com.fapiaorelay.testsupport.TestInvoices;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random mutations of valid events (fields removed, nulls, wrong types, huge numbers, random bytes) thrown at every
 * reader: each answers an event or a clear refusal, never another exception, and a submitted invoice it answers is
 * one validation can check without failing. A seeded generator in plain JUnit, so a failure names its seed and input
 * and replays exactly (docs/architecture.md says why not jqwik).
 */
class EventReadersPropertyTest {

    private static final int MUTANTS_PER_SEED = 1_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> HUGE = List.of(
            "1E+99999999", "-1E+999999999", "1E-99999999", "9".repeat(900), "0." + "0".repeat(900) + "1", "1e308");
    private static final InvoiceValidator VALIDATOR = InvoiceValidator.withDefaults();

    private static final Map<String, Function<String, Object>> READERS = Map.of(
            "submitted", json -> checkedSubmitted(SubmittedEventReader.read(json)),
            "status", StatusEventReader::read,
            "reupload", ReuploadEventReader::read,
            "anomaly", AnomalyEventReader::read,
            "declaration", DeclarationEventReader::read);

    @ParameterizedTest
    @ValueSource(longs = {1L, 20_260_301L, 8_675_309L})
    void everyMutantIsReadOrClearlyRefused(long seed) {
        Random random = new Random(seed);
        List<Map.Entry<String, JsonNode>> valid = validEvents();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < MUTANTS_PER_SEED; i++) {
                Map.Entry<String, JsonNode> original = valid.get(random.nextInt(valid.size()));
                String mutant = mutate(original.getValue().deepCopy(), random);
                answerOrRefusal(READERS.get(original.getKey()), mutant, seed);
            }
        });
    }

    private static void answerOrRefusal(Function<String, Object> reader, String mutant, long seed) {
        try {
            assertThat(reader.apply(mutant)).as("seed %s: %s", seed, mutant).isNotNull();
        } catch (UnreadableEvent refused) {
            Finding refusal = refused.refusal();
            assertThat(List.of(refusal.code(), refusal.field(), refusal.messageZh(), refusal.messageEn()))
                    .as("seed %s: %s", seed, mutant)
                    .allSatisfy(part -> assertThat(part).isNotBlank());
        } catch (RuntimeException other) {
            throw new AssertionError("seed " + seed + " threw " + other + " on " + mutant, other);
        }
    }

    private static Object checkedSubmitted(InvoiceSubmitted event) {
        InvoiceKey key = event.invoice().key();
        VALIDATOR.validate(event.invoice());
        return key;
    }

    private static String mutate(JsonNode event, Random random) {
        if (random.nextInt(20) == 0) {
            return randomBytes(random);
        }
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            mutateOneField(event, random);
        }
        String json = event.toString();
        return random.nextInt(25) == 0 ? json.substring(0, random.nextInt(json.length())) : json;
    }

    private static void mutateOneField(JsonNode event, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collectContainers(event, containers);
        JsonNode container = containers.get(random.nextInt(containers.size()));
        if (container instanceof ObjectNode object && !object.isEmpty()) {
            List<String> names = new ArrayList<>(object.propertyNames());
            String name = names.get(random.nextInt(names.size()));
            if (random.nextInt(4) == 0) {
                object.remove(name);
            } else {
                object.set(name, replacement(random));
            }
        } else if (container instanceof ArrayNode array && !array.isEmpty()) {
            array.set(random.nextInt(array.size()), replacement(random));
        }
    }

    private static JsonNode replacement(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.stringNode(HUGE.get(random.nextInt(HUGE.size())));
            case 2 -> NODES.numberNode(new java.math.BigDecimal(HUGE.get(random.nextInt(HUGE.size()))));
            case 3 -> NODES.numberNode(random.nextLong());
            case 4 -> NODES.booleanNode(random.nextBoolean());
            case 5 -> NODES.arrayNode().add(NODES.nullNode());
            case 6 -> NODES.objectNode().put("x", "y");
            default -> NODES.stringNode(randomBytes(random));
        };
    }

    private static void collectContainers(JsonNode node, List<JsonNode> containers) {
        if (node.isContainer()) {
            containers.add(node);
            node.values().forEach(child -> collectContainers(child, containers));
        }
    }

    private static String randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(64)];
        random.nextBytes(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static List<Map.Entry<String, JsonNode>> validEvents() {
        InvoiceKey key = TestInvoices.invoice().key();
        return List.of(
                Map.entry("submitted", tree(InvoiceSubmitted.of("erp", TestInvoices.invoice()))),
                Map.entry("submitted", FapiaoJson.mapper().readTree(SubmittedEventReaderTest.VERSION_1)),
                Map.entry(
                        "status",
                        tree(InvoiceStatusChanged.of(
                                "upload-service",
                                key,
                                InvoiceState.UPLOADED,
                                2,
                                null,
                                null,
                                "R-1",
                                InvoiceFigures.of(TestInvoices.invoice())))),
                Map.entry("reupload", tree(ReuploadRequested.of("sync-service", key, 1, "not visible"))),
                Map.entry(
                        "anomaly",
                        tree(AnomalyRaised.forInvoice(
                                "sync-service", "MISSING", AnomalyRaised.Severity.WARNING, key, "s", "d"))),
                Map.entry("declaration", tree(DeclarationEventReaderTest.dayWithNumbers())),
                Map.entry("declaration", tree(DeclarationEventReaderTest.batch())));
    }

    private static JsonNode tree(Object event) {
        return FapiaoJson.mapper().valueToTree(event);
    }
}
