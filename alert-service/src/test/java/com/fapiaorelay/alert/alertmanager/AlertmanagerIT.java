package com.fapiaorelay.alert.alertmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.alert.Api;
import com.fapiaorelay.alert.IntegrationTest;
import com.fapiaorelay.common.json.FapiaoJson;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

class AlertmanagerIT extends IntegrationTest {

    @LocalServerPort
    int port;

    Api api;
    Api alertmanager;

    @BeforeEach
    void client() {
        api = Api.at(port);
        alertmanager = Api.asAlertmanager(port);
    }

    @Test
    void firingPrometheusAlertBecomesAnAlertAndItsResolvedNotificationResolvesIt() {
        String alertname = "FapiaoDrill" + UUID.randomUUID().toString().substring(0, 8);
        String fingerprint = UUID.randomUUID().toString().substring(0, 16);

        Api.Response firing = alertmanager.post("/api/v1/alertmanager", notification("firing", alertname, fingerprint));

        assertThat(firing.status()).isEqualTo(200);
        JsonNode alert = alertOfType(alertname);
        assertThat(alert.get("fingerprint").asString()).isEqualTo("alertmanager:" + fingerprint);
        assertThat(alert.get("severity").asString()).isEqualTo("CRITICAL");
        assertThat(alert.get("summary").asString()).isEqualTo("Outbox backlog above 1000");
        assertThat(alert.get("detail").asString()).contains("https://runbooks.test/outbox");
        JsonNode message = FapiaoJson.mapper()
                .readTree(await().until(() -> receiver.received(WEBHOOK, alertname), m -> !m.isEmpty())
                        .get(0)
                        .body());
        assertThat(message.get("whatHappened").asString()).isEqualTo("Outbox backlog above 1000");

        alertmanager.post("/api/v1/alertmanager", notification("resolved", alertname, fingerprint));

        await().until(() -> alertOfType(alertname).get("state").asString().equals("RESOLVED"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> receiver.received(WEBHOOK, alertname).stream()
                        .anyMatch(m -> m.body().contains("\"kind\":\"RESOLVED\"")));
    }

    @Test
    void notificationWithoutFingerprintIsABadRequestProblem() {
        Api.Response response = alertmanager.post("/api/v1/alertmanager", """
                {"version":"4","status":"firing","alerts":[{"status":"firing","labels":{"alertname":"X"}}]}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("title").asString()).isEqualTo("Alertmanager payload invalid");
    }

    @Test
    void onlyAlertmanagerMayPostAlerts() {
        String alertname = "FapiaoForged" + UUID.randomUUID().toString().substring(0, 8);

        Api.Response anonymous = Api.as(port, "not-a-token-of-anyone")
                .post("/api/v1/alertmanager", notification("firing", alertname, "forged"));
        Api.Response person = api.post("/api/v1/alertmanager", notification("firing", alertname, "forged"));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(person.status()).isEqualTo(403);
        assertThat(api.get("/api/v1/alerts?type=" + alertname).json().get("alerts"))
                .isEmpty();
    }

    private JsonNode alertOfType(String type) {
        return await().until(
                        () -> api.get("/api/v1/alerts?type=" + type).json().at("/alerts/0"),
                        node -> !node.isMissingNode());
    }

    private static String notification(String status, String alertname, String fingerprint) {
        return """
                {"version":"4","groupKey":"{}:{alertname=\\"%2$s\\"}","status":"%1$s","receiver":"fapiao-relay",
                 "groupLabels":{"alertname":"%2$s"},"commonLabels":{},"commonAnnotations":{},
                 "externalURL":"http://alertmanager.test:9093","truncatedAlerts":0,
                 "alerts":[{"status":"%1$s",
                   "labels":{"alertname":"%2$s","severity":"critical","service":"upload-service"},
                   "annotations":{"summary":"Outbox backlog above 1000","runbook_url":"https://runbooks.test/outbox"},
                   "startsAt":"2025-03-01T10:00:00Z","endsAt":"%4$s",
                   "generatorURL":"http://prometheus.test/graph","fingerprint":"%3$s"}]}""".formatted(
                        status,
                        alertname,
                        fingerprint,
                        status.equals("resolved") ? "2025-03-01T10:05:00Z" : "0001-01-01T00:00:00Z");
    }
}
