package com.fapiaorelay.common.validation;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.json.FapiaoJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The invoices of {@code src/test/resources/invoices}, a clock they were written for, and ways to spoil them. */
final class Corpus {

    /** 2026-03-02 10:00 China time: the corpus invoices were issued the day before. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    static final InvoiceValidator VALIDATOR = new InvoiceValidator(ValidationRules.defaults(), CLOCK);

    private Corpus() {}

    static JsonNode entry(String name) {
        try (InputStream in = Corpus.class.getResourceAsStream("/invoices/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no corpus entry " + name);
            }
            return FapiaoJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Invoice invoice(String name) {
        return toInvoice(entry(name).get("invoice"));
    }

    static Invoice normal() {
        return invoice("valid-normal");
    }

    /** The valid normal invoice with the values at JSON pointers replaced: pointer, value, pointer, value...; null removes. */
    static Invoice normalWith(Object... pointersAndValues) {
        return with("valid-normal", pointersAndValues);
    }

    static Invoice with(String name, Object... pointersAndValues) {
        JsonNode invoice = entry(name).get("invoice");
        for (int i = 0; i < pointersAndValues.length; i += 2) {
            replace(invoice, (String) pointersAndValues[i], pointersAndValues[i + 1]);
        }
        return toInvoice(invoice);
    }

    private static void replace(JsonNode invoice, String pointer, Object value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = invoice.at(pointer.substring(0, slash));
        String key = pointer.substring(slash + 1);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(key), FapiaoJson.mapper().valueToTree(value));
        } else if (value == null) {
            ((ObjectNode) parent).remove(key);
        } else {
            ((ObjectNode) parent).set(key, FapiaoJson.mapper().valueToTree(value));
        }
    }

    static ValidationReport validate(Invoice invoice) {
        return VALIDATOR.validate(invoice);
    }

    static Invoice toInvoice(JsonNode node) {
        return FapiaoJson.mapper().treeToValue(node, Invoice.class);
    }
}
