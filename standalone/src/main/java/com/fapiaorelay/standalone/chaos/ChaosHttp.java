package com.fapiaorelay.standalone.chaos;

import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.standalone.stack.EmbeddedStack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The campaign's view of the services' REST APIs, tolerant of a service that is down for a restart. It reads as an
 * operator, with the admin token.
 */
final class ChaosHttp {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String opsCredential;

    ChaosHttp(String opsCredential) {
        this.opsCredential = opsCredential;
    }

    /** The answer when the service answered 200, empty while it is down or failing. */
    Optional<JsonNode> get(String url) {
        try {
            HttpResponse<String> response = http.send(request(url).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200
                    ? Optional.of(FapiaoJson.mapper().readTree(response.body()))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The answer, or a failure naming the URL: for the final accounting, which must not guess. */
    JsonNode require(String url) {
        return get(url).orElseThrow(() -> new IllegalStateException("GET " + url + " did not answer 200"));
    }

    void putText(String url, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                request(url)
                        .header("Content-Type", "text/plain")
                        .PUT(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("PUT " + url + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header(EmbeddedStack.AUTHORIZATION, opsCredential);
    }
}
