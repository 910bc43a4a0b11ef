package com.fapiaorelay.alert.delivery.channel.dingtalk;

import com.fapiaorelay.alert.delivery.channel.Hmac;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** DingTalk's robot signature: base64 HMAC-SHA256 of "timestamp\nsecret", keyed with the secret, URL-encoded. */
record DingTalkSigner(String secret) {

    String sign(long timestampMillis) {
        byte[] message = (timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8);
        byte[] mac = Hmac.sha256(secret.getBytes(StandardCharsets.UTF_8), message);
        return URLEncoder.encode(Base64.getEncoder().encodeToString(mac), StandardCharsets.UTF_8);
    }
}
