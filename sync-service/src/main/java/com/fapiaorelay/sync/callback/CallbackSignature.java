package com.fapiaorelay.sync.callback;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a callback is signed: HMAC-SHA256 with the subscription's secret over the timestamp (Unix seconds, as sent in
 * {@link #TIMESTAMP}), a dot and the body's bytes, sent hex-encoded as {@code v1=<hex>} in {@link #SIGNATURE}. The
 * timestamp inside the signature lets a receiver refuse an old request replayed.
 */
final class CallbackSignature {

    static final String TIMESTAMP = "X-Fapiao-Timestamp";
    static final String SIGNATURE = "X-Fapiao-Signature";
    static final String DELIVERY = "X-Fapiao-Delivery";
    private static final String ALGORITHM = "HmacSHA256";

    private CallbackSignature() {}

    static String sign(String secret, long timestampSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            mac.update((timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256 and takes any non-empty key", e);
        }
    }
}
