package com.fapiaorelay.sandbox.protocol;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the sandbox behaves: {@code fapiao.sandbox.*}. {@code batchLatency} is added to every upload call;
 * {@code uploadResultsKeptFor} is how long an upload's results can be queried by serial.
 */
@ConfigurationProperties("fapiao.sandbox")
record SandboxProperties(
        @DefaultValue("0ms") Duration batchLatency,
        @DefaultValue("12h") Duration uploadResultsKeptFor) {

    SandboxProperties {
        if (batchLatency.isNegative() || uploadResultsKeptFor.isNegative()) {
            throw new IllegalArgumentException("fapiao.sandbox durations must not be negative");
        }
    }
}
