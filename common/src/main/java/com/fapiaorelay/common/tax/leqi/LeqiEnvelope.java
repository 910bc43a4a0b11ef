package com.fapiaorelay.common.tax.leqi;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An answer's outer layer: {@code {"body":"{\"Response\":{\"RequestId\":…,\"Data\":\"<SM4 Base64>\"}}",
 * "httpStatusCode":"200"}} (public capture). A refusal carries {@code Response.Error.Code/Message} instead of
 * {@code Data} (assumed, docs/leqi.md). Exactly one of {@code data} and {@code errorCode} is set.
 */
public record LeqiEnvelope(
        String httpStatusCode, String requestId, String data, String errorCode, String errorMessage) {

    public static LeqiEnvelope data(String requestId, String encryptedData) {
        return new LeqiEnvelope("200", requestId, encryptedData, null, null);
    }

    public static LeqiEnvelope error(String httpStatusCode, String requestId, String code, String message) {
        return new LeqiEnvelope(httpStatusCode, requestId, null, code, message);
    }

    public boolean isError() {
        return data == null;
    }

    /** Throws {@link Unreadable} for an answer that is not an envelope; a mock's string-encoded Response is read too. */
    public static LeqiEnvelope read(String answer) {
        try {
            JsonNode outer = LeqiJson.mapper().readTree(answer);
            JsonNode response = inner(inner(outer.path("body")).path("Response"));
            String status = outer.path("httpStatusCode").asString("");
            String requestId = response.path("RequestId").asString("");
            JsonNode data = response.path("Data");
            if (data.isString()) {
                return new LeqiEnvelope(status, requestId, data.asString(), null, null);
            }
            JsonNode error = response.path("Error");
            if (error.isObject()) {
                return error(
                        status,
                        requestId,
                        error.path("Code").asString(""),
                        error.path("Message").asString(""));
            }
            throw new Unreadable("neither Data nor Error in the answer", null);
        } catch (JacksonException e) {
            throw new Unreadable("not JSON", e);
        }
    }

    public String write() {
        ObjectNode response = LeqiJson.mapper().createObjectNode();
        ObjectNode fields = response.putObject("Response");
        fields.put("RequestId", requestId);
        if (isError()) {
            fields.putObject("Error").put("Code", errorCode).put("Message", errorMessage);
        } else {
            fields.put("Data", data);
        }
        ObjectNode outer = LeqiJson.mapper().createObjectNode();
        outer.put("body", LeqiJson.mapper().writeValueAsString(response));
        outer.put("httpStatusCode", httpStatusCode);
        return LeqiJson.mapper().writeValueAsString(outer);
    }

    private static JsonNode inner(JsonNode node) {
        return node.isString() ? LeqiJson.mapper().readTree(node.asString()) : node;
    }

    /** An answer that is not a 乐企 envelope. */
    public static final class Unreadable extends RuntimeException {
        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
