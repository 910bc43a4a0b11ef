package com.fapiaorelay.alert.delivery.channel.feishu;

import com.fapiaorelay.alert.delivery.channel.Hmac;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Feishu's bot signature, the reverse of DingTalk's: HMAC-SHA256 keyed with "timestamp\nsecret" over nothing. */
record FeishuSigner(String secret) {

    String sign(long timestampSeconds) {
        byte[] key = (timestampSeconds + "\n" + secret).getBytes(StandardCharsets.UTF_8);
        return Base64.getEncoder().encodeToString(Hmac.sha256(key, new byte[0]));
    }
}
