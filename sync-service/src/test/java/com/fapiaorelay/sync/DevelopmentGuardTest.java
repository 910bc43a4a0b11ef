package com.fapiaorelay.sync;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DevelopmentGuardTest {

    @Test
    void startUpOutsideTheDevProfileNamesEveryMissingSetting() {
        assertThatThrownBy(() -> SyncServiceApplication.application().run("--server.port=0"))
                .hasMessageContaining("fapiao.auth.user-token-key is not set")
                .hasMessageContaining("fapiao.auth.callers.prometheus.token is not set")
                .hasMessageContaining("fapiao.sync.api-keys.service-token is not set")
                .hasMessageContaining("fapiao.tax.base-url is not set")
                .hasMessageContaining("fapiao.tax.app-secret is not set");
    }
}
