package com.fapiaorelay.alert.delivery.channel.webhook;

import com.fapiaorelay.alert.delivery.channel.Hmac;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Signs a webhook body: hex HMAC-SHA256 of the exact body bytes, keyed with the shared secret. */
record WebhookSigner(String secret) {

    static final String HEADER = "X-Fapiao-Signature";

    String sign(byte[] body) {
        return HexFormat.of().formatHex(Hmac.sha256(secret.getBytes(StandardCharsets.UTF_8), body));
    }
}
