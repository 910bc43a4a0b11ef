package com.fapiaorelay.sync.access;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Credentials for the REST API: {@code fapiao.sync.admin-token} lets operators (and the console) read every seller;
 * API keys are upload-service's, asked about at {@code api-keys.upload-url} with {@code api-keys.service-token}, and
 * each answer is kept for {@code api-keys.cache-ttl}, which is also how long a revoked key still reads here. Tokens
 * come from the environment in production; the defaults only suit a developer's machine.
 */
@ConfigurationProperties("fapiao.sync")
record AccessProperties(
        @DefaultValue("fapiao-relay-dev-admin-token") String adminToken,
        @DefaultValue ApiKeys apiKeys) {

    AccessProperties {
        requireLongEnough("admin-token", adminToken);
    }

    record ApiKeys(
            @DefaultValue("http://localhost:8081") URI uploadUrl,
            @DefaultValue("fapiao-relay-dev-service-token") String serviceToken,
            @DefaultValue("30s") Duration cacheTtl) {

        ApiKeys {
            requireLongEnough("api-keys.service-token", serviceToken);
            if (cacheTtl.isNegative()) {
                throw new IllegalArgumentException("fapiao.sync.api-keys.cache-ttl must not be negative");
            }
        }
    }

    private static void requireLongEnough(String name, String token) {
        if (token == null || token.length() < 16) {
            throw new IllegalArgumentException("fapiao.sync." + name + " must have at least 16 characters");
        }
    }
}
