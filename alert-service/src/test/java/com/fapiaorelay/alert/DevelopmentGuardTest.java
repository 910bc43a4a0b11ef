package com.fapiaorelay.alert;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DevelopmentGuardTest {

    @Test
    void startUpOutsideTheDevProfileWithADevelopmentSecretFailsNamingEachSetting() {
        assertThatThrownBy(() -> AlertServiceApplication.application()
                        .run(
                                "--server.port=0",
                                "--fapiao.auth.user-token-key=fapiao-relay-dev-user-token-key-do-not-use-in-production",
                                "--fapiao.auth.callers.prometheus.token=a-real-scrape-token-0123"))
                .hasMessage("""
                        Start-up refused outside the 'dev' profile:
                          - fapiao.auth.user-token-key holds a development default
                          - fapiao.auth.callers.alertmanager.token is not set
                        Set them in the environment (.env.example and docs/security.md list them); development\
                         defaults, trial users and the sandbox are accepted only with spring.profiles.active=dev.""");
    }
}
