package com.fapiaorelay.standalone.stack;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.json.FapiaoJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;

/** Reads the services' REST APIs as an operator would, with the admin token. */
public final class StackClient {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final RunningStack stack;

    public StackClient(RunningStack stack) {
        this.stack = stack;
    }

    public JsonNode sandboxStatistics() {
        return get(stack.sandboxUrl() + "/sandbox/statistics");
    }

    /** sync-service's latest declarations of one seller, newest first. */
    public JsonNode declarations(String sellerTaxId) {
        return get(stack.syncUrl() + "/api/v1/declarations?sellerTaxId=" + sellerTaxId);
    }

    /** The ledger's state of each invoice, "NOT_IN_LEDGER" where sync-service has never heard of it. */
    public List<String> ledgerStates(List<InvoiceKey> keys) {
        List<CompletableFuture<String>> states = keys.stream()
                .map(key -> http.sendAsync(
                                request(stack.syncUrl() + "/api/v1/invoices/" + key.sellerTaxId() + "/"
                                        + key.invoiceNumber()),
                                HttpResponse.BodyHandlers.ofString())
                        .thenApply(StackClient::stateOf))
                .toList();
        return states.stream().map(CompletableFuture::join).toList();
    }

    /** sync-service's count of invoices per state. */
    public Map<String, Long> ledgerCounts() {
        Map<String, Long> counts = new TreeMap<>();
        get(stack.syncUrl() + "/api/v1/invoices/counts")
                .path("byState")
                .properties()
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue().asLong()));
        return counts;
    }

    /** Alerts newer than {@code afterId}, newest first, following the pages. */
    public List<JsonNode> alertsAfter(long afterId) {
        List<JsonNode> alerts = new java.util.ArrayList<>();
        String before = "";
        while (true) {
            JsonNode page = get(stack.alertUrl() + "/api/v1/alerts?limit=500" + before);
            for (JsonNode alert : page.path("alerts")) {
                if (alert.path("id").asLong() <= afterId) {
                    return alerts;
                }
                alerts.add(alert);
            }
            if (page.path("nextBefore").isNull() || page.path("nextBefore").isMissingNode()) {
                return alerts;
            }
            before = "&before=" + page.path("nextBefore").asLong();
        }
    }

    public long newestAlertId() {
        JsonNode alerts = get(stack.alertUrl() + "/api/v1/alerts?limit=1").path("alerts");
        return alerts.isEmpty() ? 0 : alerts.get(0).path("id").asLong();
    }

    private JsonNode get(String url) {
        try {
            HttpResponse<String> response = http.send(request(url), HttpResponse.BodyHandlers.ofString());
            return FapiaoJson.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private HttpRequest request(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header(EmbeddedStack.AUTHORIZATION, stack.opsCredential())
                .GET()
                .build();
    }

    private static String stateOf(HttpResponse<String> response) {
        return response.statusCode() == 404
                ? "NOT_IN_LEDGER"
                : FapiaoJson.mapper().readTree(response.body()).path("state").asString();
    }
}
