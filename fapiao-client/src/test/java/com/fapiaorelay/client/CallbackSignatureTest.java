package com.fapiaorelay.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CallbackSignatureTest {

    private static final String SECRET = "an-erp-secret-of-32-characters!!";
    private static final String TIMESTAMP = "1767225600";
    private static final byte[] BODY = "{\"changeId\":7}".getBytes(StandardCharsets.UTF_8);

    /**
     * {@code echo -n '1767225600.{"changeId":7}' | openssl dgst -sha256 -hmac 'an-erp-secret-of-32-characters!!'}:
     * the same vector sync-service's signing is tested against, so the two sides agree without sharing code.
     */
    private static final String OPENSSL = "v1=3a2b5447557c26bd89ec82ce7fec726273f9c335043733dab159414199ef40e9";

    private final Clock aMinuteLater = Clock.fixed(Instant.ofEpochSecond(1_767_225_660L), ZoneOffset.UTC);

    @Test
    void acceptsTheSignatureOpensslComputesForTheTimestampADotAndTheBody() {
        assertThat(verify(SECRET, TIMESTAMP, OPENSSL, BODY, aMinuteLater)).isTrue();
    }

    @Test
    void refusesAnotherSecretAnAlteredBodyOrTimestampAndAMalformedHeader() {
        assertThat(verify("another-secret-of-32-characters!", TIMESTAMP, OPENSSL, BODY, aMinuteLater))
                .isFalse();
        assertThat(verify(
                        SECRET, TIMESTAMP, OPENSSL, "{\"changeId\":8}".getBytes(StandardCharsets.UTF_8), aMinuteLater))
                .isFalse();
        assertThat(verify(SECRET, "1767225601", OPENSSL, BODY, aMinuteLater)).isFalse();
        assertThat(verify(SECRET, "yesterday", OPENSSL, BODY, aMinuteLater)).isFalse();
        assertThat(verify(SECRET, TIMESTAMP, OPENSSL.substring(3), BODY, aMinuteLater))
                .isFalse();
        assertThat(verify("", TIMESTAMP, OPENSSL, BODY, aMinuteLater)).isFalse();
    }

    @Test
    void refusesARequestOlderThanTheToleranceSoACapturedOneCannotBeReplayed() {
        Clock tenMinutesLater = Clock.offset(aMinuteLater, Duration.ofMinutes(9));

        assertThat(verify(SECRET, TIMESTAMP, OPENSSL, BODY, tenMinutesLater)).isFalse();
    }

    private static boolean verify(String secret, String timestamp, String signature, byte[] body, Clock clock) {
        return CallbackSignature.verify(secret, timestamp, signature, body, CallbackSignature.DEFAULT_TOLERANCE, clock);
    }
}
