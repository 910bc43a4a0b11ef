package com.fapiaorelay.system;

import com.fapiaorelay.common.json.FapiaoJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;

/** Blocking calls to the stack's HTTP APIs; {@code headers} are name and value pairs. */
final class Http {

    private static final HttpClient client = HttpClient.newHttpClient();

    private Http() {}

    static JsonNode getJson(String url, String... headers) {
        return FapiaoJson.mapper().readTree(get(url, headers));
    }

    static String get(String url, String... headers) {
        Answer answer = send(request(url, headers).GET().build());
        if (answer.status() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + answer.status());
        }
        return answer.body();
    }

    static Answer post(String url, String json, String... headers) {
        return send(request(url, headers)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(request.method() + " " + request.uri(), e);
        }
    }

    private static HttpRequest.Builder request(String url, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        return headers.length == 0 ? request : request.headers(headers);
    }

    /** An HTTP status and its body. */
    record Answer(int status, String body) {

        JsonNode json() {
            return FapiaoJson.mapper().readTree(body);
        }
    }
}
