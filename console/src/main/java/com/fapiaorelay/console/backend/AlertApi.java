package com.fapiaorelay.console.backend;

import com.fapiaorelay.console.config.ConsoleProperties;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** alert-service: alerts to list, acknowledge and resolve, each action in the name of the person logged in. */
@Component
public class AlertApi {

    private final RestClient http;

    AlertApi(RestClient.Builder builder, ConsoleProperties properties, PersonTokens people) {
        this.http = BackendClients.client(builder, properties.alertUrl(), "alert-service", people);
    }

    public List<AlertView> recent(String state, int limit) {
        return list(state == null || state.isBlank() ? null : "state", state, limit);
    }

    /** The alerts of one group window: what a message's console link opens. */
    public List<AlertView> inGroup(long groupId, int limit) {
        return list("groupId", String.valueOf(groupId), limit);
    }

    private List<AlertView> list(String criterion, String value, int limit) {
        return http.get()
                .uri(uri -> {
                    if (criterion != null) {
                        uri.queryParam(criterion, value);
                    }
                    return uri.path("/api/v1/alerts").queryParam("limit", limit).build();
                })
                .retrieve()
                .body(AlertPage.class)
                .alerts();
    }

    public void acknowledge(long id) {
        act(id, "acknowledge");
    }

    public void resolve(long id) {
        act(id, "resolve");
    }

    private void act(long id, String action) {
        http.post().uri("/api/v1/alerts/{id}/{action}", id, action).retrieve().toBodilessEntity();
    }

    record AlertPage(List<AlertView> alerts) {}
}
