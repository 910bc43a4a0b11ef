package com.fapiaorelay.upload.apikey;

import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells another service whether a raw API key is active and which sellers it holds (after RFC 7662's token
 * introspection), so keys are checked where they are kept. The key travels in the body: URLs end up in logs.
 */
@RestController
class KeyIntrospectionController {

    private final ApiKeyRows keys;

    KeyIntrospectionController(ApiKeyRows keys) {
        this.keys = keys;
    }

    @PostMapping("/api/v1/internal/api-keys/introspection")
    KeyIntrospection introspect(@RequestBody IntrospectionRequest request) {
        if (request.key() == null || request.key().isBlank()) {
            return KeyIntrospection.INACTIVE;
        }
        return keys.findActive(request.key().strip())
                .map(client -> new KeyIntrospection(
                        true,
                        client.keyId(),
                        client.name(),
                        client.sellerTaxIds().stream().sorted().toList()))
                .orElse(KeyIntrospection.INACTIVE);
    }

    record IntrospectionRequest(String key) {}

    /** {@code active} false for a key unknown or revoked; the other members then are null. */
    record KeyIntrospection(boolean active, UUID keyId, String name, List<String> sellerTaxIds) {

        static final KeyIntrospection INACTIVE = new KeyIntrospection(false, null, null, null);
    }
}
