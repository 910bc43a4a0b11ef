package com.fapiaorelay.system;

import com.fapiaorelay.common.json.FapiaoJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;

/** Blocking GETs against the stack's HTTP APIs. */
final class Http {

    private static final HttpClient client = HttpClient.newHttpClient();

    private Http() {}

    static JsonNode getJson(String url) {
        return FapiaoJson.mapper().readTree(get(url));
    }

    static String get(String url) {
        try {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("GET " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("GET " + url, e);
        }
    }
}
