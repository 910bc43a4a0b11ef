package com.fapiaorelay.common.tax;

import com.fapiaorelay.common.tax.protocol.RequestSignature;
import com.fapiaorelay.common.tax.protocol.TaxProtocol;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;

/** Sends signed requests, and corrects for our clock's skew when the server says our timestamp is stale. */
class SignedHttp {

    private final URI baseUrl;
    private final TaxCredentials credentials;
    private final Duration requestTimeout;
    private final Clock clock;
    private final HttpClient http;
    private volatile long clockOffsetMillis;

    SignedHttp(URI baseUrl, TaxCredentials credentials, Duration connectTimeout, Duration requestTimeout, Clock clock) {
        this.baseUrl = baseUrl;
        this.credentials = credentials;
        this.requestTimeout = requestTimeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
    }

    HttpResponse<String> send(String method, String path, byte[] body) throws IOException {
        HttpResponse<String> response = sendOnce(method, path, body);
        OptionalLong serverTime = staleTimestampAnswer(response);
        if (serverTime.isEmpty()) {
            return response;
        }
        clockOffsetMillis = serverTime.getAsLong() - clock.millis();
        return sendOnce(method, path, body);
    }

    HttpResponse<String> get(String path) throws IOException {
        return send("GET", path, new byte[0]);
    }

    private HttpResponse<String> sendOnce(String method, String path, byte[] body) throws IOException {
        long timestamp = clock.millis() + clockOffsetMillis;
        String nonce = UUID.randomUUID().toString();
        String signature = RequestSignature.sign(credentials.appSecret(), method, path, timestamp, nonce, body);
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUrl.resolve(path))
                .timeout(requestTimeout)
                .header(RequestSignature.APP_ID, credentials.appId())
                .header(RequestSignature.TIMESTAMP, Long.toString(timestamp))
                .header(RequestSignature.NONCE, nonce)
                .header(RequestSignature.SIGNATURE, signature);
        if (method.equals("GET")) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        return exchange(request.build());
    }

    private HttpResponse<String> exchange(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static OptionalLong staleTimestampAnswer(HttpResponse<String> response) {
        if (response.statusCode() != 401 || !"E4012".equals(Answers.errorCode(response))) {
            return OptionalLong.empty();
        }
        return response.headers()
                .firstValue(TaxProtocol.SERVER_TIME_HEADER)
                .map(value -> OptionalLong.of(Long.parseLong(value.trim())))
                .orElse(OptionalLong.empty());
    }
}
