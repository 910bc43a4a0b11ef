package com.fapiaorelay.upload;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DevelopmentGuardTest {

    @Test
    void startUpOutsideTheDevProfileRefusesDevelopmentSecretsAndThePlainHttpSandbox() {
        assertThatThrownBy(() -> UploadServiceApplication.application()
                        .run(
                                "--server.port=0",
                                "--fapiao.auth.user-token-key=a-production-key-of-at-least-32-bytes",
                                "--fapiao.auth.callers.prometheus.token=a-real-scrape-token-0123",
                                "--fapiao.auth.callers.sync-service.token=fapiao-relay-dev-sync-caller-token",
                                "--fapiao.tax.base-url=http://localhost:8090",
                                "--fapiao.tax.app-id=fapiao-relay-dev"))
                .hasMessageContaining("fapiao.auth.callers.sync-service.token holds a development default")
                .hasMessageContaining("fapiao.tax.base-url must be an https:// URL, not http://localhost:8090")
                .hasMessageContaining("fapiao.tax.app-id holds a development default")
                .hasMessageContaining("fapiao.tax.app-secret is not set")
                .hasMessageNotContaining("user-token-key");
    }
}
