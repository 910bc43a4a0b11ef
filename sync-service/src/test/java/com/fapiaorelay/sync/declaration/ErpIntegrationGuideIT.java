package com.fapiaorelay.sync.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.sync.Guide;
import com.fapiaorelay.sync.SellerDay;
import com.fapiaorelay.sync.SyncIntegrationTest;
import com.fapiaorelay.sync.UploadServiceStub;
import com.fapiaorelay.testsupport.SharedInfrastructure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The examples of docs/erp-integration.md run as written (kcat and curl, as the test script installs them), against
 * the embedded broker and this sync-service, for a seller of the test's own, so the guide cannot rot.
 */
class ErpIntegrationGuideIT extends SyncIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String seller = SellerDay.fresh(LocalDate.of(2026, 3, 1)).sellerTaxId();

    @TempDir
    Path directory;

    @Test
    void kcatExampleDeclaresADayWhoseListedInvoicesNeverArrived() throws Exception {
        Files.writeString(directory.resolve("declaration.json"), ours(Guide.block("```json", 1)));
        String kcat = ours(Guide.block("```sh", 1))
                .replace("localhost:9092", SharedInfrastructure.get().kafkaBootstrapServers());

        assertThat(Guide.run(directory, kcat, Map.of()).exitCode()).isZero();

        JsonNode declared = await().atMost(PATIENCE)
                .until(
                        () -> get("/api/v1/declarations?sellerTaxId=" + seller)
                                .body()
                                .path(0),
                        node -> node.path("status").asString().equals("GAP"));
        assertThat(declared.path("missingNumbers").size()).isEqualTo(2);
        assertThat(declared.path("declared").path("source").asString()).isEqualTo("kingdee-beijing");
    }

    @Test
    void curlExampleDeclaresADayWithTheErpsKey() throws Exception {
        String curl = ours(Guide.block("```sh", 2)).replace("http://localhost:8082", "http://localhost:" + port);

        Guide.Result result = Guide.run(directory, curl, Map.of("FAPIAO_API_KEY", UploadServiceStub.grant(seller)));

        assertThat(result.exitCode()).isZero();
        JsonNode answer = FapiaoJson.mapper().readTree(result.output());
        assertThat(answer.path("status").asString()).isEqualTo("PENDING");
        assertThat(answer.path("declared").path("invoiceCount").asInt()).isEqualTo(1000);
    }

    private String ours(String example) {
        return example.replace(Guide.SELLER, seller);
    }
}
