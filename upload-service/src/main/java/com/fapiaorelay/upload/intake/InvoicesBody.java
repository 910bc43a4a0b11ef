package com.fapiaorelay.upload.intake;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.json.FapiaoJson;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Reads a REST body that is either one invoice or {@code {"invoices": [...]}}. */
final class InvoicesBody {

    static final String BATCH_FIELD = "invoices";

    private InvoicesBody() {}

    static List<Invoice> read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw IntakeRequestInvalid.empty();
        }
        if (!body.has(BATCH_FIELD)) {
            return List.of(invoice(body, 0));
        }
        JsonNode batch = body.get(BATCH_FIELD);
        if (!batch.isArray() || batch.isEmpty()) {
            throw IntakeRequestInvalid.empty();
        }
        List<Invoice> invoices = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            invoices.add(invoice(batch.get(i), i));
        }
        return invoices;
    }

    private static Invoice invoice(JsonNode node, int index) {
        if (!node.isObject()) {
            throw IntakeRequestInvalid.unreadable(index, "not a JSON object");
        }
        try {
            return FapiaoJson.mapper().treeToValue(node, Invoice.class);
        } catch (JacksonException e) {
            throw IntakeRequestInvalid.unreadable(index, e.getOriginalMessage());
        }
    }
}
