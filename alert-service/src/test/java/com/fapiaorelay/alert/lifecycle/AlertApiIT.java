package com.fapiaorelay.alert.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.alert.Api;
import com.fapiaorelay.alert.IntegrationTest;
import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.testsupport.TestCredentials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

class AlertApiIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    AnomalyIngest ingest;

    @Autowired
    AlertRows alerts;

    RestClient api;

    @BeforeEach
    void client() {
        api = as("li.na", "OPERATOR");
    }

    @Test
    void acknowledgeThenResolveRecordsWhoAndWhen() {
        long id = stored(missing(newSeller(), "24117000000212341001"));

        Response acknowledged = post("/" + id + "/acknowledge", "{}");
        api = as("wang.wei", "OPERATOR");
        Response resolved = post("/" + id + "/resolve", "{\"by\":\"someone.else\"}");

        assertThat(acknowledged.status()).isEqualTo(200);
        assertThat(acknowledged.json().at("/alert/state").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(resolved.status()).isEqualTo(200);
        JsonNode actions = get("/" + id).json().get("actions");
        assertThat(actions).hasSize(2);
        assertThat(actions.get(0).get("action").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(actions.get(0).get("actor").asString()).isEqualTo("li.na");
        assertThat(actions.get(1).get("action").asString()).isEqualTo("RESOLVED");
        assertThat(actions.get(1).get("actor").asString()).isEqualTo("wang.wei");
        assertThat(actions.get(1).get("actedAt").asString()).isNotBlank();
    }

    @Test
    void acknowledgingAResolvedAlertIsAConflictProblem() {
        long id = stored(missing(newSeller(), "24117000000212341002"));
        post("/" + id + "/resolve", "{}");

        Response response = post("/" + id + "/acknowledge", "{}");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.json().get("detail").asString()).contains("RESOLVED");
    }

    @Test
    void unknownAlertIsANotFoundProblem() {
        Response response = get("/987654321");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.json().get("title").asString()).isEqualTo("Alert not found");
    }

    @Test
    void viewerMayReadButNotAcknowledge() {
        long id = stored(missing(newSeller(), "24117000000212341003"));
        api = as("zhao.viewer", "VIEWER");

        Response response = post("/" + id + "/acknowledge", "{}");

        assertThat(response.status()).isEqualTo(403);
        assertThat(get("/" + id).json().at("/alert/state").asString()).isEqualTo("FIRING");
    }

    @Test
    void listFiltersBySellerTypeAndStateNewestFirstInPages() {
        String seller = newSeller();
        long older = stored(missing(seller, "24117000000212341004"));
        long newer = stored(missing(seller, "24117000000212341005"));
        long newest = stored(missing(seller, "24117000000212341006"));
        post("/" + newer + "/acknowledge", "{}");

        JsonNode firing =
                get("?seller=" + seller + "&type=MISSING&state=FIRING&limit=1").json();
        JsonNode nextPage = get("?seller=" + seller + "&state=FIRING&limit=1&before="
                        + firing.get("nextBefore").asLong())
                .json();

        assertThat(ids(firing)).containsExactly(newest);
        assertThat(ids(nextPage)).containsExactly(older);
        assertThat(ids(get("?seller=" + seller + "&type=STUCK").json())).isEmpty();
        assertThat(ids(get("?seller=" + seller).json())).containsExactly(newest, newer, older);
    }

    private long stored(AnomalyRaised anomaly) {
        ingest.ingest(List.of(anomaly));
        return alerts.findByFingerprint(anomaly.fingerprint()).orElseThrow().id();
    }

    private static List<Long> ids(JsonNode page) {
        return page.get("alerts")
                .valueStream()
                .map(alert -> alert.get("id").asLong())
                .toList();
    }

    private RestClient as(String user, String role) {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port + "/api/v1/alerts")
                .defaultHeader(
                        HttpHeaders.AUTHORIZATION,
                        TestCredentials.bearer(TestCredentials.person(Api.SERVICE, user, role)))
                .build();
    }

    private Response get(String path) {
        return api.get().uri(path).exchange((request, response) -> Response.of(response));
    }

    private Response post(String path, String body) {
        return api.post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange((request, response) -> Response.of(response));
    }

    record Response(int status, String contentType, String body) {

        static Response of(org.springframework.http.client.ClientHttpResponse response) throws IOException {
            MediaType type = response.getHeaders().getContentType();
            return new Response(
                    response.getStatusCode().value(),
                    type == null ? null : type.toString(),
                    new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
        }

        JsonNode json() {
            return FapiaoJson.mapper().readTree(body);
        }
    }
}
