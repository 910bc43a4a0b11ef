package com.fapiaorelay.upload.apikey;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The admin token guarding {@code /api/v1/admin/**} and the service token guarding {@code /api/v1/internal/**}
 * (other services asking about API keys): {@code fapiao.upload.admin-token} and {@code fapiao.upload.service-token},
 * from the environment in production. The defaults only suit a developer's machine.
 */
@ConfigurationProperties("fapiao.upload")
record AccessProperties(
        @DefaultValue("fapiao-relay-dev-admin-token") String adminToken,
        @DefaultValue("fapiao-relay-dev-service-token") String serviceToken) {

    AccessProperties {
        requireLongEnough("admin-token", adminToken);
        requireLongEnough("service-token", serviceToken);
    }

    private static void requireLongEnough(String name, String token) {
        if (token == null || token.length() < 16) {
            throw new IllegalArgumentException("fapiao.upload." + name + " must have at least 16 characters");
        }
    }
}
