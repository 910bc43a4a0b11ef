package com.fapiaorelay.common.tax.leqi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LeqiConnectionTest {

    private static final URI PLATFORM = URI.create("https://lqpt.chinatax.gov.cn:8443");

    @Test
    void nothingConfiguredIsTheDevelopmentUnitOnTheSandboxPath() {
        LeqiSettings settings =
                LeqiConnection.DEFAULTS.settings(PLATFORM, Duration.ofSeconds(1), Duration.ofSeconds(2));

        assertThat(settings.sandbox()).isTrue();
        assertThat(settings.accessUnit()).isEqualTo(LeqiSettings.DEVELOPMENT_ACCESS_UNIT);
        assertThat(settings.timing().requestTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.toString()).doesNotContain(LeqiSettings.DEVELOPMENT_SM4_KEY);
    }

    @Test
    void refusesTheDevelopmentIdentityOnTheProductionPath() {
        LeqiConnection production =
                new LeqiConnection(null, null, null, false, null, null, null, null, null, null, null);

        assertThatThrownBy(() -> production.settings(PLATFORM, Duration.ofSeconds(1), Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sandbox path only");
    }

    @Test
    void theCanaryTakesTheSameUnitToTheSandboxPath() {
        LeqiConnection production = new LeqiConnection(
                "9100001", "9100002", "00112233445566778899aabbccddeeff", false, "", "", "", "", 20, null, null);

        LeqiSettings canary =
                production.onSandboxPath().settings(PLATFORM, Duration.ofSeconds(1), Duration.ofSeconds(2));

        assertThat(canary.sandbox()).isTrue();
        assertThat(canary.accessUnit()).isEqualTo("9100001");
        assertThat(canary.batchLimit()).isEqualTo(20);
        assertThat(production
                        .settings(PLATFORM, Duration.ofSeconds(1), Duration.ofSeconds(2))
                        .sandbox())
                .isFalse();
    }
}
