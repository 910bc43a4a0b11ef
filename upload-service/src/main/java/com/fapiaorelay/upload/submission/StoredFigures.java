package com.fapiaorelay.upload.submission;

import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.json.FapiaoJson;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;

/**
 * The figures of an invoice stored as its canonical JSON, read token by token with the rest skipped unbound: a claim
 * needs them for its status events, and binding each claimed invoice whole was the largest part of a round's CPU.
 * Each value is bound as binding the whole invoice would bind it.
 */
final class StoredFigures {

    private static final ObjectReader MONEY = valueReader(BigDecimal.class);
    private static final ObjectReader TIME = valueReader(LocalDateTime.class);

    private StoredFigures() {}

    static InvoiceFigures of(byte[] json) {
        BigDecimal amount = null;
        BigDecimal tax = null;
        LocalDateTime issuedAt = null;
        try (JsonParser parser = FapiaoJson.mapper().createParser(json)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                switch (name) {
                    case "totalAmount" -> amount = MONEY.readValue(parser);
                    case "totalTax" -> tax = MONEY.readValue(parser);
                    case "issuedAt" -> issuedAt = TIME.readValue(parser);
                    default -> parser.skipChildren();
                }
            }
        }
        return new InvoiceFigures(amount, tax, issuedAt);
    }

    /** Binds one value where the parser stands, the rest of the document still to come. */
    private static ObjectReader valueReader(Class<?> type) {
        return FapiaoJson.mapper().readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
