package com.fapiaorelay.alert;

import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.testsupport.TestCredentials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** Calls the service's REST API as a person or a calling service would, answering status and JSON whatever the status. */
public record Api(RestClient http) {

    public static final String SERVICE = "alert-service";

    /** As li.na, a REVIEWER, who may do everything people do with alerts and silences. */
    public static Api at(int port) {
        return as(port, TestCredentials.person(SERVICE, "li.na", "REVIEWER"));
    }

    public static Api asAlertmanager(int port) {
        return as(port, TestCredentials.ALERTMANAGER_TOKEN);
    }

    public static Api as(int port, String token) {
        return new Api(RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestCredentials.bearer(token))
                .build());
    }

    public Response get(String path) {
        return http.get().uri(path).exchange((request, response) -> Response.of(response));
    }

    public Response post(String path, String json) {
        return http.post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .body(json)
                .exchange((request, response) -> Response.of(response));
    }

    /** One answer of the API. */
    public record Response(int status, String body) {

        static Response of(ClientHttpResponse response) throws IOException {
            return new Response(
                    response.getStatusCode().value(),
                    new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
        }

        public JsonNode json() {
            return FapiaoJson.mapper().readTree(body);
        }
    }
}
