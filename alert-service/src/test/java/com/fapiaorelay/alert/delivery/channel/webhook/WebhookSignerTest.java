package com.fapiaorelay.alert.delivery.channel.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    @Test
    void signsBodyWithHexHmacSha256OfTheSecret() {
        byte[] body = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8);

        assertThat(new WebhookSigner("key").sign(body))
                .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }

    @Test
    void differentSecretGivesDifferentSignature() {
        byte[] body = "{\"groupKey\":\"MISSING:91110108MA01AB3CX1\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(new WebhookSigner("one").sign(body)).isNotEqualTo(new WebhookSigner("two").sign(body));
    }
}
