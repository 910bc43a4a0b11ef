package com.fapiaorelay.common.tax;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.tax.protocol.TaxProtocol;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.LookupRequest;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.LookupResponse;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.UploadAnswer;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.UploadRequest;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.UploadResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@link TaxInterface} over our HTTP/JSON protocol (docs/tax-interface.md). */
public class HttpTaxInterface implements TaxInterface {

    private final URI baseUrl;
    private final Duration requestTimeout;
    private final HttpClient http;

    public HttpTaxInterface(URI baseUrl, Duration connectTimeout, Duration requestTimeout) {
        this.baseUrl = baseUrl;
        this.requestTimeout = requestTimeout;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
    }

    @Override
    public List<UploadResult> upload(List<Invoice> invoices) {
        List<InvoiceKey> keys = invoices.stream().map(Invoice::key).toList();
        HttpResponse<String> response;
        try {
            response = post(TaxProtocol.UPLOAD_PATH, new UploadRequest(invoices));
        } catch (IOException e) {
            return allAs(keys, UploadOutcome.UNKNOWN, "CONNECTION", e.toString(), null);
        }
        return switch (response.statusCode()) {
            case 200 -> answersInOrder(keys, FapiaoJson.mapper().readValue(response.body(), UploadResponse.class));
            case 429, 503 ->
                allAs(
                        keys,
                        UploadOutcome.RETRYABLE,
                        "HTTP_" + response.statusCode(),
                        response.body(),
                        retryAfter(response));
            default ->
                response.statusCode() >= 500
                        ? allAs(keys, UploadOutcome.RETRYABLE, "HTTP_" + response.statusCode(), response.body(), null)
                        : allAs(keys, UploadOutcome.REJECTED, "HTTP_" + response.statusCode(), response.body(), null);
        };
    }

    @Override
    public List<TaxRecord> lookup(List<InvoiceKey> keys) {
        try {
            HttpResponse<String> response = post(TaxProtocol.LOOKUP_PATH, new LookupRequest(keys));
            if (response.statusCode() != 200) {
                throw TaxInterfaceUnavailable.because("look-up answered HTTP " + response.statusCode(), null);
            }
            return FapiaoJson.mapper()
                    .readValue(response.body(), LookupResponse.class)
                    .records();
        } catch (IOException e) {
            throw TaxInterfaceUnavailable.because("look-up failed", e);
        }
    }

    private HttpResponse<String> post(String path, Object body) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve(path))
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(FapiaoJson.mapper().writeValueAsString(body)))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static List<UploadResult> answersInOrder(List<InvoiceKey> keys, UploadResponse response) {
        Map<InvoiceKey, UploadAnswer> byKey = response.results().stream()
                .collect(
                        Collectors.toMap(a -> new InvoiceKey(a.sellerTaxId(), a.invoiceNumber()), Function.identity()));
        return keys.stream()
                .map(key -> {
                    UploadAnswer answer = byKey.get(key);
                    return answer == null
                            ? UploadResult.of(key, UploadOutcome.UNKNOWN, "NO_ANSWER", "batch answer omitted it")
                            : new UploadResult(
                                    key,
                                    UploadOutcome.valueOf(answer.status()),
                                    answer.receiptId(),
                                    answer.code(),
                                    answer.message(),
                                    null);
                })
                .toList();
    }

    private static List<UploadResult> allAs(
            List<InvoiceKey> keys, UploadOutcome outcome, String code, String message, Duration retryAfter) {
        return keys.stream()
                .map(key -> new UploadResult(key, outcome, null, code, message, retryAfter))
                .toList();
    }

    private static Duration retryAfter(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Retry-After")
                .map(seconds -> Duration.ofSeconds(Long.parseLong(seconds.trim())))
                .orElse(null);
    }
}
