package com.fapiaorelay.sync.access;

import com.fapiaorelay.kit.auth.ApiKeyUncheckable;
import com.fapiaorelay.kit.auth.ApiKeyVerifier;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * API keys as upload-service, which keeps them, describes them, each answer kept for the configured time so a
 * busy ERP costs upload-service one question per key and period. Answers are kept under the key's hash, never the
 * raw key; "unknown" is kept too, because a key that does not exist now never will (keys are random). At most
 * {@code MAX_KEYS} answers are kept ({@link KeptAnswers}).
 */
@Component
class ApiKeyDirectory implements ApiKeyVerifier {

    static final String PATH = "/api/v1/internal/api-keys/introspection";
    static final int MAX_KEYS = 10_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final RestClient upload;
    private final String serviceToken;
    private final KeptAnswers answers;

    ApiKeyDirectory(AccessProperties properties, Clock clock) {
        var requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
        requests.setReadTimeout(TIMEOUT);
        this.upload = RestClient.builder()
                .baseUrl(properties.apiKeys().uploadUrl().toString())
                .requestFactory(requests)
                .build();
        this.serviceToken = properties.apiKeys().serviceToken();
        this.answers = new KeptAnswers(MAX_KEYS, properties.apiKeys().cacheTtl(), clock);
    }

    @Override
    public Optional<Caller> verify(String rawKey) {
        String hash = HexFormat.of().formatHex(sha256(rawKey.getBytes(StandardCharsets.UTF_8)));
        return answers.answer(hash, () -> ask(rawKey));
    }

    private Optional<Caller> ask(String rawKey) {
        KeyIntrospection introspection;
        try {
            introspection = upload.post()
                    .uri(PATH)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + serviceToken)
                    .body(Map.of("key", rawKey))
                    .retrieve()
                    .body(KeyIntrospection.class);
        } catch (RestClientException e) {
            throw new ApiKeyUncheckable("upload-service: " + e.getMessage(), e);
        }
        return introspection != null && introspection.active()
                ? Optional.of(Caller.apiKey(introspection.keyId(), introspection.name(), introspection.sellerTaxIds()))
                : Optional.empty();
    }

    static byte[] sha256(byte[] value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** upload-service's answer: {@code active} false for a key unknown or revoked. */
    record KeyIntrospection(boolean active, UUID keyId, String name, List<String> sellerTaxIds) {}
}
