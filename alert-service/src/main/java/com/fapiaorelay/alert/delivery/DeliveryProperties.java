package com.fapiaorelay.alert.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How messages go out: {@code fapiao.alert.delivery.*}. A failed message is retried after {@code initialBackoff},
 * doubling up to {@code maxBackoff}, until {@code maxAttempts}. {@code linkBaseUrl} is where operators open a
 * group (the console), left out of messages when blank.
 */
@Validated
@ConfigurationProperties("fapiao.alert.delivery")
record DeliveryProperties(
        @DefaultValue("1s") Duration interval,
        @DefaultValue("20") int batchSize,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("5s") Duration initialBackoff,
        @DefaultValue("10m") Duration maxBackoff,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("") String linkBaseUrl) {

    DeliveryProperties {
        if (batchSize < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("fapiao.alert.delivery needs batch-size and max-attempts of at least 1");
        }
    }

    Backoff backoff() {
        return new Backoff(initialBackoff, maxBackoff);
    }
}
