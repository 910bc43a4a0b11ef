package com.fapiaorelay.upload.upload;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How uploads run: {@code fapiao.upload.*}. The retry budget spans hours because an invoice is a legal document;
 * alerts fire long before it is spent.
 */
@Validated
@ConfigurationProperties("fapiao.upload")
record UploadProperties(
        @DefaultValue("100") int batchSize,
        @DefaultValue("4") int concurrency,
        @DefaultValue("50ms") Duration pollInterval,
        @DefaultValue("60s") Duration lease,
        @DefaultValue Retry retry) {

    /** Exponential back-off with jitter between {@code initialBackoff} and {@code maxBackoff}, for {@code budget}. */
    record Retry(
            @DefaultValue("2s") Duration initialBackoff,
            @DefaultValue("10m") Duration maxBackoff,
            @DefaultValue("0.2") double jitter,
            @DefaultValue("6h") Duration budget) {}
}
