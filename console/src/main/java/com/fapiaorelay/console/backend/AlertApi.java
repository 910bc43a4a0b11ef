package com.fapiaorelay.console.backend;

import com.fapiaorelay.console.config.ConsoleProperties;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** alert-service: alerts to list, acknowledge and resolve, each action in the operator's name. */
@Component
public class AlertApi {

    private final RestClient http;

    AlertApi(RestClient.Builder builder, ConsoleProperties properties) {
        this.http = BackendClients.client(builder, properties.alertUrl());
    }

    public List<AlertView> recent(String state, int limit) {
        return http.get()
                .uri(uri -> {
                    if (state != null && !state.isBlank()) {
                        uri.queryParam("state", state);
                    }
                    return uri.path("/api/v1/alerts").queryParam("limit", limit).build();
                })
                .retrieve()
                .body(AlertPage.class)
                .alerts();
    }

    public void acknowledge(long id, String by) {
        act(id, "acknowledge", by);
    }

    public void resolve(long id, String by) {
        act(id, "resolve", by);
    }

    private void act(long id, String action, String by) {
        http.post()
                .uri("/api/v1/alerts/{id}/{action}", id, action)
                .body(Map.of("by", by))
                .retrieve()
                .toBodilessEntity();
    }

    record AlertPage(List<AlertView> alerts) {}
}
