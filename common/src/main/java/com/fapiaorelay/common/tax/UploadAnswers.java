package com.fapiaorelay.common.tax;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.UploadAnswer;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.UploadResponse;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;

/** Turns every answer to an upload into one outcome class per invoice (docs/tax-interface.md, the client's table). */
final class UploadAnswers {

    private static final Set<String> FINAL_STATUSES = Set.of("ACCEPTED", "DUPLICATE", "CONFLICT", "REJECTED");

    private UploadAnswers() {}

    static List<UploadResult> classify(List<InvoiceKey> keys, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 200) {
            return fromBody(keys, response.body());
        }
        String code = Answers.errorCode(response);
        String message = Answers.errorMessage(response);
        if (status == 401) {
            // Our nonces are random: a replay means the same request reached the server twice, and may be stored.
            UploadOutcome outcome = "E4013".equals(code) ? UploadOutcome.UNKNOWN : UploadOutcome.RETRYABLE;
            return allAs(keys, outcome, "AUTH_" + code, message, null);
        }
        if (status == 503 || status == 429 || status == 410) {
            return allAs(keys, UploadOutcome.RETRYABLE, code, message, Answers.retryAfter(response));
        }
        if (status >= 500) {
            // A 500, 502 or 504 may come after the tax side stored the batch (a failure after its commit, a gateway
            // that gave up waiting): only a look-up tells.
            return allAs(keys, UploadOutcome.UNKNOWN, code, message, Answers.retryAfter(response));
        }
        return allAs(keys, UploadOutcome.ENDPOINT_FAILED, "HTTP_" + status, code + " " + message, null);
    }

    static List<UploadResult> unknown(List<InvoiceKey> keys, Exception cause) {
        return allAs(keys, UploadOutcome.UNKNOWN, "CONNECTION", cause.toString(), null);
    }

    static List<UploadResult> fromBody(List<InvoiceKey> keys, String body) {
        try {
            return inOrder(keys, FapiaoJson.mapper().readValue(body, UploadResponse.class));
        } catch (JacksonException e) {
            return allAs(keys, UploadOutcome.UNKNOWN, "UNREADABLE_ANSWER", e.getOriginalMessage(), null);
        }
    }

    private static List<UploadResult> inOrder(List<InvoiceKey> keys, UploadResponse response) {
        Map<InvoiceKey, UploadAnswer> byKey = response.results().stream()
                .collect(Collectors.toMap(
                        a -> new InvoiceKey(a.sellerTaxId(), a.invoiceNumber()), Function.identity(), (a, b) -> a));
        return keys.stream().map(key -> result(key, byKey.get(key))).toList();
    }

    private static UploadResult result(InvoiceKey key, UploadAnswer answer) {
        if (answer == null) {
            return UploadResult.of(key, UploadOutcome.UNKNOWN, "NO_ANSWER", "batch answer omitted it");
        }
        if (!FINAL_STATUSES.contains(answer.status())) {
            return UploadResult.of(key, UploadOutcome.UNKNOWN, "STATUS_" + answer.status(), answer.message());
        }
        return new UploadResult(
                key, UploadOutcome.valueOf(answer.status()), answer.receiptId(), answer.code(), answer.message(), null);
    }

    private static List<UploadResult> allAs(
            List<InvoiceKey> keys, UploadOutcome outcome, String code, String message, Duration retryAfter) {
        return keys.stream()
                .map(key -> new UploadResult(key, outcome, null, code, message, retryAfter))
                .toList();
    }
}
