package com.fapiaorelay.sync.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CallbackSignatureTest {

    /** Computed apart from our code: {@code echo -n '1767225600.{"changeId":7}' | openssl dgst -sha256 -hmac ...}. */
    static final String OPENSSL_SIGNATURE = "3a2b5447557c26bd89ec82ce7fec726273f9c335043733dab159414199ef40e9";

    @Test
    void signsTheTimestampADotAndTheBodyAsOpensslDoes() {
        String signature = CallbackSignature.sign(
                "an-erp-secret-of-32-characters!!",
                1_767_225_600L,
                "{\"changeId\":7}".getBytes(StandardCharsets.UTF_8));

        assertThat(signature).isEqualTo("v1=" + OPENSSL_SIGNATURE);
    }
}
