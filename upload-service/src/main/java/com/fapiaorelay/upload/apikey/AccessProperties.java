package com.fapiaorelay.upload.apikey;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The admin token guarding {@code /api/v1/admin/**}: {@code fapiao.upload.admin-token}, from the environment in
 * production. The default only suits a developer's machine.
 */
@ConfigurationProperties("fapiao.upload")
record AccessProperties(
        @DefaultValue("fapiao-relay-dev-admin-token") String adminToken) {

    AccessProperties {
        if (adminToken == null || adminToken.length() < 16) {
            throw new IllegalArgumentException("fapiao.upload.admin-token must have at least 16 characters");
        }
    }
}
