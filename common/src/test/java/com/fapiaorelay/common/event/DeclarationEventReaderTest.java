package com.fapiaorelay.common.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fapiaorelay.common.json.FapiaoJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

class DeclarationEventReaderTest {

    private static final String SELLER = "91110108MA01AB3CX1";
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    static ErpTotalsDeclared dayWithNumbers() {
        return ErpTotalsDeclared.of(
                "kingdee-beijing",
                SELLER,
                DAY,
                null,
                2,
                new BigDecimal("2000.00"),
                new BigDecimal("260.00"),
                List.of("26117000000212340001", "26117000000212340002"));
    }

    static ErpTotalsDeclared batch() {
        return ErpTotalsDeclared.of(
                "kingdee-beijing",
                SELLER,
                null,
                "B-2026-03-01-7",
                1,
                new BigDecimal("1000.00"),
                new BigDecimal("130.00"),
                List.of("26117000000212340003"));
    }

    @Test
    void readsWhatItWrites() {
        ErpTotalsDeclared day = dayWithNumbers();
        ErpTotalsDeclared batch = batch();

        assertThat(DeclarationEventReader.read(json(day))).isEqualTo(day);
        assertThat(DeclarationEventReader.read(json(batch))).isEqualTo(batch);
    }

    @Test
    void readsTheIntegrationGuidesExample() throws IOException {
        String guide = Files.readString(Path.of("..", "docs", "erp-integration.md"));
        int start = guide.indexOf("```json\n") + "```json\n".length();
        String example = guide.substring(start, guide.indexOf("```", start));

        ErpTotalsDeclared read = DeclarationEventReader.read(example);

        assertThat(read.invoiceNumbers()).hasSize(read.invoiceCount());
        assertThat(read.totalAmount()).isEqualByComparingTo("2000.00");
    }

    @Test
    void readsADayDeclaredWithoutNumbers() {
        ObjectNode event = tree(dayWithNumbers());
        event.remove("invoiceNumbers");
        event.put("invoiceCount", 1000);

        ErpTotalsDeclared read = DeclarationEventReader.read(event.toString());

        assertThat(read.listsNumbers()).isFalse();
        assertThat(read.invoiceCount()).isEqualTo(1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sellerTaxId", "invoiceCount", "totalAmount", "totalTax", "source", "eventId"})
    void refusesADeclarationWithoutARequiredField(String field) {
        ObjectNode event = tree(dayWithNumbers());
        event.remove(field);

        assertRefused(event.toString(), "REQUIRED", field);
    }

    @Test
    void refusesANumberOutOfMagnitudeAtOnce() {
        ObjectNode event = tree(dayWithNumbers());
        event.put("totalTax", "1E+99999999");

        assertTimeoutPreemptively(
                Duration.ofSeconds(1), () -> assertRefused(event.toString(), "MONEY_TOO_LARGE", "totalTax"));
    }

    @Test
    void refusesADeclarationWithNeitherDayNorBatch() {
        ObjectNode event = tree(dayWithNumbers());
        event.remove("day");

        assertRefused(event.toString(), "EVENT_DECLARATION_SCOPE", "day");
    }

    @Test
    void refusesABatchThatDoesNotListItsInvoices() {
        ObjectNode event = tree(batch());
        event.remove("invoiceNumbers");

        assertRefused(event.toString(), "EVENT_DECLARATION_SCOPE", "invoiceNumbers");
    }

    @Test
    void refusesACountThatDisagreesWithTheListedNumbers() {
        ObjectNode event = tree(dayWithNumbers());
        event.put("invoiceCount", 3);

        assertRefused(event.toString(), "EVENT_DECLARATION_COUNT", "invoiceCount");
    }

    @Test
    void refusesANegativeCount() {
        ObjectNode event = tree(dayWithNumbers());
        event.remove("invoiceNumbers");
        event.put("invoiceCount", -1);

        assertRefused(event.toString(), "EVENT_DECLARATION_COUNT", "invoiceCount");
    }

    @Test
    void refusesAnEmptyOrRepeatedNumber() {
        assertRefused(withNumbers(numbers -> numbers.set(1, null)), "REQUIRED", "invoiceNumbers[1]");
        assertRefused(
                withNumbers(numbers -> numbers.set(1, numbers.get(0))), "EVENT_DECLARATION_COUNT", "invoiceNumbers[1]");
    }

    @Test
    void refusesMoreNumbersThanOneDeclarationHolds() {
        List<String> many = new ArrayList<>(Collections.nCopies(DeclarationEventReader.MAX_NUMBERS + 1, "x"));
        ErpTotalsDeclared declared =
                ErpTotalsDeclared.of("erp", SELLER, DAY, null, many.size(), BigDecimal.ZERO, BigDecimal.ZERO, many);

        assertThatThrownBy(() -> DeclarationEventReader.check(declared))
                .isInstanceOfSatisfying(
                        UnreadableEvent.class,
                        refused -> assertThat(refused.refusal().field()).isEqualTo("invoiceNumbers"));
    }

    @Test
    void refusesAnotherVersion() {
        ObjectNode event = tree(dayWithNumbers());
        event.put("schemaVersion", 2);

        assertRefused(event.toString(), "EVENT_VERSION", "schemaVersion");
    }

    private static String withNumbers(Consumer<List<String>> change) {
        List<String> numbers = new ArrayList<>(dayWithNumbers().invoiceNumbers());
        change.accept(numbers);
        ObjectNode event = tree(dayWithNumbers());
        event.set("invoiceNumbers", FapiaoJson.mapper().valueToTree(numbers));
        return event.toString();
    }

    private static void assertRefused(String json, String code, String field) {
        assertThatThrownBy(() -> DeclarationEventReader.read(json))
                .isInstanceOfSatisfying(UnreadableEvent.class, refused -> {
                    assertThat(refused.refusal().code()).isEqualTo(code);
                    assertThat(refused.refusal().field()).isEqualTo(field);
                    assertThat(refused.refusal().messageZh()).isNotBlank();
                    assertThat(refused.refusal().messageEn()).isNotBlank();
                });
    }

    private static String json(ErpTotalsDeclared declared) {
        return FapiaoJson.mapper().writeValueAsString(declared);
    }

    private static ObjectNode tree(ErpTotalsDeclared declared) {
        return FapiaoJson.mapper().valueToTree(declared);
    }
}
