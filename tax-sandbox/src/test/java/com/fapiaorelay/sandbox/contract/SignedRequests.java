package com.fapiaorelay.sandbox.contract;

import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.tax.TaxCredentials;
import com.fapiaorelay.common.tax.protocol.RequestSignature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/** Hand-made protocol requests, for what the client would never send: stale, replayed, tampered. */
final class SignedRequests {

    private final URI baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    SignedRequests(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    static Signed signed(TaxCredentials credentials, String path, Object body, long timestamp) {
        byte[] json = FapiaoJson.mapper().writeValueAsBytes(body);
        String nonce = UUID.randomUUID().toString();
        String signature = RequestSignature.sign(credentials.appSecret(), "POST", path, timestamp, nonce, json);
        return new Signed(credentials.appId(), path, json, timestamp, nonce, signature);
    }

    HttpResponse<String> send(Signed request) {
        return send(request, request.body());
    }

    HttpResponse<String> send(Signed request, byte[] body) {
        HttpRequest http = HttpRequest.newBuilder(baseUrl.resolve(request.path()))
                .header("Content-Type", "application/json")
                .header(RequestSignature.APP_ID, request.appId())
                .header(RequestSignature.TIMESTAMP, Long.toString(request.timestamp()))
                .header(RequestSignature.NONCE, request.nonce())
                .header(RequestSignature.SIGNATURE, request.signature())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return exchange(http);
    }

    HttpResponse<String> get(String path) {
        return exchange(HttpRequest.newBuilder(baseUrl.resolve(path)).build());
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Signed(String appId, String path, byte[] body, long timestamp, String nonce, String signature) {}
}
