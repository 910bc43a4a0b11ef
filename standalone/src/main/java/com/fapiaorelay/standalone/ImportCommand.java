package com.fapiaorelay.standalone;

import com.fapiaorelay.common.json.FapiaoJson;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code ./fapiao import FILE.csv [--url U] [--api-key K]}: back-fills what an ERP issued while things were broken,
 * through upload-service's CSV import, and prints each invoice's result.
 */
final class ImportCommand {

    private ImportCommand() {}

    static int run(List<String> options) throws IOException, InterruptedException {
        String apiKey = FapiaoCommand.option(options, "--api-key", System.getenv("FAPIAO_API_KEY"));
        if (options.isEmpty() || apiKey == null) {
            System.out.println("usage: ./fapiao import FILE.csv [--url http://localhost:8081] --api-key KEY"
                    + " (or FAPIAO_API_KEY; an admin creates keys with POST /api/v1/admin/api-keys)");
            return 2;
        }
        String url = FapiaoCommand.option(options, "--url", "http://localhost:8081") + "/api/v1/imports";
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofMinutes(10))
                .header("Content-Type", "text/csv")
                .header("X-Api-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofFile(Path.of(options.get(0))))
                .build();
        HttpResponse<String> response;
        try {
            response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            System.out.println("连不上 upload-service / cannot reach upload-service at " + url + " (./fapiao run?)");
            return 1;
        }
        JsonNode body = FapiaoJson.mapper().readTree(response.body());
        if (response.statusCode() != 200) {
            System.out.println("导入被拒绝 / import refused (" + response.statusCode() + "): " + body.path("detail"));
            return 1;
        }
        for (JsonNode result : body.path("results")) {
            System.out.printf(
                    "rows %s  %s  %s%n",
                    result.path("rows"),
                    result.path("key").asString(""),
                    result.path("outcome").asString());
            result.path("findings").forEach(ImportCommand::printFinding);
        }
        System.out.println("结果 / outcomes: " + body.path("outcomes"));
        return body.path("outcomes").path("INVALID").asInt(0) > 0 ? 1 : 0;
    }

    private static void printFinding(JsonNode finding) {
        String fix = finding.path("suggestedFix").asString("");
        System.out.printf(
                "    %s %s: %s%s%n",
                finding.path("code").asString(),
                finding.path("field").asString(),
                finding.path("messageZh").asString(),
                fix.isEmpty() ? "" : " → 建议 / fix: " + fix);
    }
}
