package com.fapiaorelay.sync.access;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * ERP API keys are upload-service's, asked about at {@code api-keys.upload-url} with sync-service's own token
 * {@code api-keys.service-token} (from the environment; the dev profile holds a development one), and each answer is
 * kept for {@code api-keys.cache-ttl}, which is also how long a revoked key still reads here.
 */
@ConfigurationProperties("fapiao.sync")
record AccessProperties(@DefaultValue ApiKeys apiKeys) {

    record ApiKeys(
            @DefaultValue("http://localhost:8081") URI uploadUrl,
            String serviceToken,
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
