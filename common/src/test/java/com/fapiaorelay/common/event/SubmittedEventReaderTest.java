package com.fapiaorelay.common.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceColour;
import com.fapiaorelay.common.invoice.InvoiceKind;
import com.fapiaorelay.common.invoice.InvoiceLine;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.validation.Finding;
import com.fapiaorelay.common.validation.InvoiceValidator;
import com.fapiaorelay.common.validation.ValidationReport;
import com.fapiaorelay.common.validation.ValidationRules;
import com.fapiaorelay.testsupport.TestInvoices;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class SubmittedEventReaderTest {

    static final String VERSION_1 = """
            {"eventId": "0b6f3c1e-7d3a-4c8e-9f10-2a4b6c8d0e12", "eventType": "InvoiceSubmitted", "schemaVersion": 1,
             "occurredAt": "2026-03-01T10:16:00+08:00", "source": "erp-plugin-1.4",
             "invoiceNumber": "26117000000212345678", "sellerTaxId": "91110108MA01AB3CX1",
             "sellerName": "北京示例科技有限公司", "buyerTaxId": "91110105MA7K2D9E6W", "buyerName": "北京买方有限公司",
             "invoiceKind": "01", "taxRate": "0.06", "totalAmount": "12500.00", "totalTax": "750.00",
             "grandTotal": "13250.00", "issuedAt": "2026-03-01T10:15:00", "issuer": "李四", "remarks": "合同号 HT-1",
             "lines": [
               {"itemName": "*信息技术服务*软件开发服务", "quantity": "1", "unitPrice": "10000.00",
                "amount": "10000.00", "taxAmount": "600.00"},
               {"itemName": "*信息技术服务*信息系统服务", "amount": "2500.00", "taxAmount": "150.00"}]}
            """;

    @Test
    void readsTheCurrentSchemaVersion() {
        InvoiceSubmitted event = InvoiceSubmitted.of("erp", TestInvoices.invoice());

        assertThat(SubmittedEventReader.read(FapiaoJson.mapper().writeValueAsString(event)))
                .isEqualTo(event);
    }

    @Test
    void upcastsVersionOneToTheCurrentVersion() {
        InvoiceSubmitted event = SubmittedEventReader.read(VERSION_1);

        assertThat(event.schemaVersion()).isEqualTo(InvoiceSubmitted.VERSION);
        assertThat(event.eventId()).isEqualTo(UUID.fromString("0b6f3c1e-7d3a-4c8e-9f10-2a4b6c8d0e12"));
        assertThat(event.source()).isEqualTo("erp-plugin-1.4");
        Invoice invoice = event.invoice();
        assertThat(invoice.kind()).isEqualTo(InvoiceKind.SPECIAL);
        assertThat(invoice.colour()).isEqualTo(InvoiceColour.BLUE);
        assertThat(invoice.key().toString()).isEqualTo("91110108MA01AB3CX1:26117000000212345678");
        assertThat(invoice.buyer().taxId()).isEqualTo("91110105MA7K2D9E6W");
        assertThat(invoice.grandTotal()).isEqualByComparingTo("13250.00");
        assertThat(invoice.lines())
                .extracting(InvoiceLine::lineNumber, InvoiceLine::taxRate, InvoiceLine::lineNature)
                .containsExactly(tuple(1, new BigDecimal("0.06"), "00"), tuple(2, new BigDecimal("0.06"), "00"));
        assertThat(invoice.lines().get(0).quantity()).isEqualByComparingTo("1");
        assertThat(invoice.lines())
                .allSatisfy(line -> assertThat(line.taxClassificationCode()).isNull());
    }

    @Test
    void upcastInvoiceOnlyWarnsAboutItsMissingClassificationCodes() {
        Clock nextDay = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC);
        Invoice invoice = SubmittedEventReader.read(VERSION_1).invoice();

        ValidationReport report = new InvoiceValidator(ValidationRules.defaults(), nextDay).validate(invoice);

        assertThat(report.codes()).containsExactly("CLASSIFICATION_CODE_MISSING", "CLASSIFICATION_CODE_MISSING");
        assertThat(report.hasErrors()).isFalse();
    }

    @Test
    void leavesAnUnknownVersionOneKindToValidation() {
        Invoice invoice =
                SubmittedEventReader.read(VERSION_1.replace("\"01\"", "\"专票\"")).invoice();

        assertThat(invoice.kind()).isNull();
        assertThat(InvoiceValidator.withDefaults().validate(invoice).codes()).contains("REQUIRED");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 9})
    void refusesAnUnsupportedVersionNamingTheSupportedOnes(int version) {
        String json = FapiaoJson.mapper()
                .writeValueAsString(InvoiceSubmitted.of("erp", TestInvoices.invoice()))
                .replace("\"schemaVersion\":2", "\"schemaVersion\":" + version);

        assertThat(refusal(json))
                .satisfies(refusal -> assertThat(refusal.code()).isEqualTo("EVENT_VERSION"))
                .satisfies(refusal -> assertThat(refusal.messageEn())
                        .isEqualTo("schemaVersion " + version + " is not supported; supported: [1, 2]"));
    }

    @Test
    void refusesAnEventWithoutVersion() {
        assertThatThrownBy(() -> SubmittedEventReader.read(VERSION_1.replace("\"schemaVersion\": 1,", "")))
                .isInstanceOf(UnreadableEvent.class)
                .hasMessageContaining("supported: [1, 2]");
    }

    @Test
    void refusesVersionOneWithMalformedMoney() {
        assertThatThrownBy(() -> SubmittedEventReader.read(VERSION_1.replace("\"0.06\"", "\"six percent\"")))
                .isInstanceOf(UnreadableEvent.class);
    }

    @Test
    void refusesMalformedJson() {
        assertThat(refusal("{not json").code()).isEqualTo("EVENT_MALFORMED");
    }

    @ParameterizedTest
    @CsvSource({
        "/invoice, invoice",
        "/invoice/seller, seller",
        "/invoice/seller/taxId, seller.taxId",
        "/invoice/invoiceNumber, invoiceNumber"
    })
    void refusesAnEventWithoutTheInvoiceKey(String removed, String field) {
        Finding refusal = refusal(current(tree -> remove(tree, removed)));

        assertThat(refusal.code()).isEqualTo("REQUIRED");
        assertThat(refusal.field()).isEqualTo(field);
    }

    @Test
    void refusesVersionOneWithANullLine() {
        Finding refusal = refusal(VERSION_1.replaceFirst("\\{\"itemName\": \"\\*信息技术服务\\*软件开发服务\"[^}]*}", "null"));

        assertThat(refusal.code()).isEqualTo("REQUIRED");
        assertThat(refusal.field()).isEqualTo("lines[0]");
    }

    @Test
    void refusesEmptyEvents() {
        assertThat(refusal(null).code()).isEqualTo("EVENT_EMPTY");
        assertThat(refusal(" ").code()).isEqualTo("EVENT_EMPTY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+99999999", "1E+999999999", "-1E+99999999", "1E-99999999", "1234567890123456789.00"})
    void refusesMoneyOutOfMagnitudeAtOnce(String amount) {
        String json = current(tree -> ((ObjectNode) tree.get("invoice")).put("totalAmount", amount));

        Finding refusal = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> refusal(json));

        assertThat(refusal.code()).isIn("MONEY_TOO_LARGE", "MONEY_SCALE");
        assertThat(refusal.field()).isEqualTo("totalAmount");
    }

    @Test
    void refusesARateWrittenAsPercentageSuggestingItsDecimal() {
        String json = current(tree -> ((ObjectNode) tree.at("/invoice/lines/0")).put("taxRate", "13"));

        Finding refusal = refusal(json);

        assertThat(refusal.code()).isEqualTo("TAX_RATE_NOT_ALLOWED");
        assertThat(refusal.field()).isEqualTo("lines[0].taxRate");
        assertThat(refusal.suggestedFix()).isEqualTo("0.13");
    }

    @Test
    void readsMoneyWithTrailingZerosBeyondTwoPlaces() {
        String json = current(tree -> {
            ObjectNode invoice = (ObjectNode) tree.get("invoice");
            invoice.put("totalAmount", invoice.get("totalAmount").asString() + "000");
        });

        assertThat(SubmittedEventReader.read(json).invoice().totalAmount().scale())
                .isEqualTo(5);
    }

    private static Finding refusal(String json) {
        try {
            SubmittedEventReader.read(json);
        } catch (UnreadableEvent refused) {
            return refused.refusal();
        }
        throw new AssertionError("read, not refused: " + json);
    }

    private static String current(Consumer<JsonNode> change) {
        JsonNode tree = FapiaoJson.mapper().valueToTree(InvoiceSubmitted.of("erp", TestInvoices.invoice()));
        change.accept(tree);
        return tree.toString();
    }

    private static void remove(JsonNode tree, String pointer) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash == 0 ? tree : tree.at(pointer.substring(0, slash));
        ((ObjectNode) parent).remove(pointer.substring(slash + 1));
    }

    @Test
    void versionOneSchemaDescribesExactlyTheLegacyRecord() throws IOException {
        JsonNode schema = schema("invoice-submitted-v1");

        assertThat(schema.at("/properties/eventType/const").asString()).isEqualTo(InvoiceSubmitted.TYPE);
        assertThat(schema.at("/properties/schemaVersion/const").asInt()).isEqualTo(InvoiceSubmittedV1.VERSION);
        assertThat(schema.get("properties").propertyNames())
                .containsExactlyInAnyOrder(components(InvoiceSubmittedV1.class));
        assertThat(schema.at("/$defs/Line/properties").propertyNames())
                .containsExactlyInAnyOrder(components(InvoiceSubmittedV1.Line.class));
        schema.get("required")
                .forEach(
                        name -> assertThat(components(InvoiceSubmittedV1.class)).contains(name.asString()));
    }

    private static String[] components(Class<?> record) {
        return Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getName)
                .toArray(String[]::new);
    }

    private static JsonNode schema(String name) throws IOException {
        try (InputStream in = SubmittedEventReaderTest.class.getResourceAsStream("/schemas/" + name + ".schema.json")) {
            return FapiaoJson.mapper().readTree(in);
        }
    }
}
