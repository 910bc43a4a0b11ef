package com.fapiaorelay.client;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a status callback from the relay: {@code X-Fapiao-Signature} must be {@code v1=} and the hex HMAC-SHA256,
 * keyed with the secret you registered, of {@code X-Fapiao-Timestamp}, a dot, and the body's bytes exactly as
 * received; and the timestamp (Unix seconds) must be within the tolerance of your clock, so a captured request
 * cannot be replayed later. Written apart from the relay's signing code: both are tested against openssl.
 */
public final class CallbackSignature {

    public static final String TIMESTAMP_HEADER = "X-Fapiao-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Fapiao-Signature";
    public static final String DELIVERY_HEADER = "X-Fapiao-Delivery";
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private CallbackSignature() {}

    /** Whether the callback is the relay's and recent, by the system clock and a five-minute tolerance. */
    public static boolean verify(String secret, String timestampHeader, String signatureHeader, byte[] body) {
        return verify(secret, timestampHeader, signatureHeader, body, DEFAULT_TOLERANCE, Clock.systemUTC());
    }

    public static boolean verify(
            String secret,
            String timestampHeader,
            String signatureHeader,
            byte[] body,
            Duration tolerance,
            Clock clock) {
        if (secret == null || secret.isEmpty() || timestampHeader == null || signatureHeader == null || body == null) {
            return false;
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        Duration age = Duration.between(Instant.ofEpochSecond(timestamp), clock.instant())
                .abs();
        return age.compareTo(tolerance) <= 0
                && MessageDigest.isEqual(
                        expected(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII),
                        signatureHeader.trim().getBytes(StandardCharsets.US_ASCII));
    }

    private static String expected(String secret, long timestamp, byte[] body) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            hmac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(hmac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
