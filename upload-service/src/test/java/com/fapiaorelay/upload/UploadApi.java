package com.fapiaorelay.upload;

import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.testsupport.TestCredentials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** Calls upload-service's REST API as an ERP or an operator would, answering whatever the status. */
record UploadApi(RestClient http) {

    static final String SERVICE = "upload-service";
    static final String AUTHORIZATION = "Authorization";

    static UploadApi at(int port) {
        return new UploadApi(RestClient.create("http://localhost:" + port));
    }

    /** A new API key for {@code sellers}: its id and the raw key. */
    CreatedKey createKey(String name, String... sellers) {
        JsonNode created = admin("/api/v1/admin/api-keys", Map.of("name", name, "sellerTaxIds", List.of(sellers)))
                .json();
        return new CreatedKey(created.get("id").asString(), created.get("key").asString());
    }

    /** As the person {@code admin} with the ADMIN role. */
    Response admin(String path, Object body) {
        return asPerson("admin", "ADMIN", path, body);
    }

    Response asPerson(String user, String role, String path, Object body) {
        return send(path, AUTHORIZATION, bearerFor(user, role), MediaType.APPLICATION_JSON, json(body));
    }

    /** The {@code Authorization} value of a person's token for upload-service. */
    static String bearerFor(String user, String role) {
        return TestCredentials.bearer(TestCredentials.person(SERVICE, user, role));
    }

    Response submit(String apiKey, Object body) {
        return send("/api/v1/invoices", "X-Api-Key", apiKey, MediaType.APPLICATION_JSON, json(body));
    }

    Response importCsv(String apiKey, byte[] csv, MediaType type) {
        return send("/api/v1/imports", "X-Api-Key", apiKey, type, csv);
    }

    Response importCsvFile(String apiKey, byte[] csv) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new ByteArrayResource(csv) {
            @Override
            public String getFilename() {
                return "backfill.csv";
            }
        });
        return http.post()
                .uri("/api/v1/imports")
                .header("X-Api-Key", apiKey)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .exchange((request, response) -> Response.of(response));
    }

    Response send(String path, String header, String value, MediaType type, byte[] body) {
        return http.post()
                .uri(path)
                .headers(headers -> {
                    if (value != null) {
                        headers.set(header, value);
                    }
                })
                .contentType(type)
                .body(body)
                .exchange((request, response) -> Response.of(response));
    }

    private static byte[] json(Object body) {
        return FapiaoJson.mapper().writeValueAsBytes(body);
    }

    record CreatedKey(String id, String key) {}

    /** One answer of the API. */
    record Response(int status, HttpHeaders headers, String body) {

        static Response of(ClientHttpResponse response) throws IOException {
            return new Response(
                    response.getStatusCode().value(),
                    response.getHeaders(),
                    new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
        }

        JsonNode json() {
            return FapiaoJson.mapper().readTree(body);
        }
    }
}
