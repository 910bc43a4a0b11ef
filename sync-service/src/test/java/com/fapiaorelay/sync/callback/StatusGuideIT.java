package com.fapiaorelay.sync.callback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.sync.Guide;
import com.fapiaorelay.sync.SellerDay;
import com.fapiaorelay.sync.SyncIntegrationTest;
import com.fapiaorelay.sync.UploadServiceStub;
import com.fapiaorelay.sync.statuschange.StatusChange;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The guide's "Reading status back" examples, run as written: registration, the callback's body and signature, pull. */
class StatusGuideIT extends SyncIntegrationTest {

    private final String seller = SellerDay.fresh(LocalDate.of(2026, 3, 1)).sellerTaxId();
    private final String key = UploadServiceStub.grant(seller);

    @TempDir
    Path directory;

    @Test
    void curlExampleRegistersACallbackForTheKeysSeller() throws Exception {
        String curl = ours(Guide.block("```sh", 3));

        Guide.Result result = Guide.run(directory, curl, Map.of("FAPIAO_API_KEY", key));

        assertThat(result.exitCode()).isZero();
        JsonNode created = FapiaoJson.mapper().readTree(result.output());
        assertThat(created.path("sellerTaxIds").get(0).asString()).isEqualTo(seller);
        assertThat(created.path("states").size()).isEqualTo(4);
        assertThat(created.has("secret")).isFalse();
    }

    @Test
    void theCallbackBodyIsAStatusChangeAsWeWriteIt() throws Exception {
        String body = Guide.block("```json", 2).strip();

        StatusChange change = FapiaoJson.mapper().readValue(body, StatusChange.class);

        assertThat(FapiaoJson.mapper().writeValueAsString(change)).isEqualTo(body);
    }

    @Test
    void opensslExampleComputesTheSignatureWeSend() throws Exception {
        byte[] body = Guide.block("```json", 2).strip().getBytes(StandardCharsets.UTF_8);
        Files.write(directory.resolve("body.json"), body);
        String secret = "an-erp-secret-of-32-characters!!";

        Guide.Result result =
                Guide.run(directory, Guide.block("```sh", 4), Map.of("TIMESTAMP", "1767225600", "SECRET", secret));

        assertThat(result.exitCode()).isZero();
        assertThat(result.output().strip()).isEqualTo(CallbackSignature.sign(secret, 1_767_225_600L, body));
    }

    @Test
    void curlExamplePullsTheKeysChanges() throws Exception {
        Guide.Result result = Guide.run(directory, ours(Guide.block("```sh", 5)), Map.of("FAPIAO_API_KEY", key));

        assertThat(result.exitCode()).isZero();
        JsonNode page = FapiaoJson.mapper().readTree(result.output());
        assertThat(page.path("changes").isArray()).isTrue();
        assertThat(page.path("next").asString()).isNotBlank();
    }

    private String ours(String example) {
        return example.replace(Guide.SELLER, seller).replace("http://localhost:8082", "http://localhost:" + port);
    }
}
