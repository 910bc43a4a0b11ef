package com.fapiaorelay.standalone.cli;

import com.fapiaorelay.common.json.FapiaoJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * {@code ./fapiao import FILE.csv [--url U] [--api-key K]}: back-fills what an ERP issued while things were broken,
 * through upload-service's CSV import, and prints each invoice's result.
 */
@Command(
        name = "import",
        showDefaultValues = true,
        header = "补录 / back-fill a CSV export through upload-service",
        description = "Sends a CSV export (UTF-8 or GBK, docs/csv-import.md) to a running upload-service and prints"
                + " each invoice's result. Exit code 1 if it is unreachable, refuses the file, or any invoice is"
                + " invalid.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.csv", description = "ERP 的 CSV 导出 / the ERP's CSV export")
    Path file;

    @Option(
            names = "--url",
            paramLabel = "URL",
            defaultValue = "http://localhost:8081",
            description = "upload-service 地址 / upload-service's address")
    URI url;

    @Option(
            names = "--api-key",
            paramLabel = "KEY",
            defaultValue = "${env:FAPIAO_API_KEY}",
            showDefaultValue = Visibility.NEVER,
            description = "ERP 的 API 密钥 / the ERP's API key; default $FAPIAO_API_KEY"
                    + " (an admin creates keys with POST /api/v1/admin/api-keys)")
    String apiKey;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (apiKey == null || apiKey.isBlank()) {
            throw UserMistakes.of(spec.commandLine(), "缺少 API 密钥", "missing --api-key KEY (or FAPIAO_API_KEY)");
        }
        if (!Set.of("http", "https").contains(url.getScheme())) {
            throw UserMistakes.of(spec.commandLine(), "地址无效", "not an http(s) address for --url: " + url);
        }
        PrintWriter out = spec.commandLine().getOut();
        String imports = url + "/api/v1/imports";
        HttpResponse<String> response;
        JsonNode body;
        try {
            response = HttpClient.newHttpClient().send(request(imports), HttpResponse.BodyHandlers.ofString());
            body = FapiaoJson.mapper().readTree(response.body());
        } catch (ConnectException e) {
            out.println("连不上 upload-service / cannot reach upload-service at " + imports + " (./fapiao run?)");
            return 1;
        } catch (JacksonException e) {
            out.println("不是 upload-service 的回答 / no answer from upload-service at " + imports + " (--url?)");
            return 1;
        }
        if (response.statusCode() != 200) {
            out.println("导入被拒绝 / import refused (" + response.statusCode() + "): " + body.path("detail"));
            return 1;
        }
        print(body, out);
        return body.path("outcomes").path("INVALID").asInt(0) > 0 ? 1 : 0;
    }

    private static void print(JsonNode body, PrintWriter out) {
        for (JsonNode result : body.path("results")) {
            out.printf(
                    "rows %s  %s  %s%n",
                    result.path("rows"),
                    result.path("key").asString(""),
                    result.path("outcome").asString());
            result.path("findings").forEach(finding -> printFinding(finding, out));
        }
        out.println("结果 / outcomes: " + body.path("outcomes"));
    }

    private HttpRequest request(String imports) throws IOException {
        return HttpRequest.newBuilder(URI.create(imports))
                .timeout(Duration.ofMinutes(10))
                .header("Content-Type", "text/csv")
                .header("X-Api-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofFile(InputFiles.existing(spec, file)))
                .build();
    }

    private static void printFinding(JsonNode finding, PrintWriter out) {
        String fix = finding.path("suggestedFix").asString("");
        out.printf(
                "    %s %s: %s%s%n",
                finding.path("code").asString(),
                finding.path("field").asString(),
                finding.path("messageZh").asString(),
                fix.isEmpty() ? "" : " → 建议 / fix: " + fix);
    }
}
