package com.fapiaorelay.common.tax.leqi;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.tax.UploadOutcome;
import com.fapiaorelay.common.tax.UploadResult;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One encrypted call and everything that can come back, as a value: the decrypted data, or a failure already
 * classified. Bad wire input (no answer, not an envelope, not decryptable, not JSON) is a failure, never a throw.
 */
final class LeqiExchange {

    private final LeqiSettings settings;
    private final Sm4 sm4;
    private final LeqiTransport transport;

    LeqiExchange(LeqiSettings settings, LeqiTransport transport) {
        this.settings = settings;
        this.sm4 = Sm4.withHexKey(settings.sm4Key());
        this.transport = transport;
    }

    Answer call(String service, JsonNode request) {
        String body = sm4.encryptToBase64(LeqiJson.mapper().writeValueAsString(request));
        LeqiTransport.Reply reply;
        try {
            reply = transport.post(LeqiWire.path(settings.sandbox(), service), headers(service), body);
        } catch (IOException e) {
            return new Failed(UploadOutcome.UNKNOWN, "CONNECTION", e.toString(), null);
        }
        if (reply.status() != 200) {
            return new Failed(
                    outcomeOf(reply.status()), "HTTP_" + reply.status(), abbreviated(reply.body()), reply.retryAfter());
        }
        return read(reply.body());
    }

    /**
     * As on the reference wire: 503 and 429 refused before handling; another 5xx may come after the batch was stored
     * (only a look-up tells); any other status is the gateway refusing our requests, which resending will not cure.
     */
    private static UploadOutcome outcomeOf(int status) {
        if (status == 503 || status == 429) {
            return UploadOutcome.RETRYABLE;
        }
        return status >= 500 ? UploadOutcome.UNKNOWN : UploadOutcome.ENDPOINT_FAILED;
    }

    private Answer read(String answer) {
        LeqiEnvelope envelope;
        try {
            envelope = LeqiEnvelope.read(answer);
        } catch (LeqiEnvelope.Unreadable e) {
            return new Failed(UploadOutcome.UNKNOWN, "UNREADABLE_ANSWER", e.getMessage(), null);
        }
        if (envelope.isError()) {
            String code = envelope.errorCode();
            return new Failed(LeqiRefusal.outcomeOf(code), "LEQI_" + code, envelope.errorMessage(), null);
        }
        try {
            return new Data(LeqiJson.mapper().readTree(sm4.decryptFromBase64(envelope.data())));
        } catch (Sm4.Undecryptable e) {
            return new Failed(UploadOutcome.UNKNOWN, "UNDECRYPTABLE_ANSWER", e.getMessage(), null);
        } catch (JacksonException e) {
            return new Failed(UploadOutcome.UNKNOWN, "UNREADABLE_ANSWER", "Data is not JSON", null);
        }
    }

    private Map<String, String> headers(String service) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(LeqiWire.SERVICE, service);
        headers.put(LeqiWire.ABILITY_HEADER, LeqiWire.ABILITY);
        headers.put(LeqiWire.ACCESS_UNIT, settings.accessUnit());
        headers.put(LeqiWire.USER_UNIT, settings.userUnit());
        if (settings.sandbox()) {
            headers.put(LeqiWire.SANDBOX_FLAG, LeqiWire.SANDBOX_FLAG_ON);
            headers.put(LeqiWire.CASE, settings.caseCode());
        }
        return headers;
    }

    private static String abbreviated(String body) {
        return body == null || body.length() <= 200 ? body : body.substring(0, 200);
    }

    sealed interface Answer permits Data, Failed {}

    record Data(JsonNode data) implements Answer {}

    /** The call failed as a whole; every invoice it carried shares the outcome. */
    record Failed(UploadOutcome outcome, String code, String message, Duration retryAfter) implements Answer {

        UploadResult result(InvoiceKey key, String serial) {
            return new UploadResult(key, outcome, serial, code, message, retryAfter);
        }
    }
}
