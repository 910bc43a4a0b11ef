package com.fapiaorelay.upload.round;

import com.fapiaorelay.common.invoice.InvoiceKey;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How uploads run: {@code fapiao.upload.*}. {@code lease}, when set, must cover a round at its slowest (see
 * {@code CallLease}); unset, it is derived from the tax interface's timeouts. The retry budget spans hours because an invoice is a legal document;
 * alerts fire long before it is spent. Idle workers poll ever less often, down to once a {@code maxIdlePause}, which
 * bounds the delay added to invoices that fall due by the clock (retries); queued invoices wake them. Maintenance windows are daily, {@code HH:mm-HH:mm} China time.
 */
@Validated
@ConfigurationProperties("fapiao.upload")
record UploadProperties(
        @DefaultValue("100") int batchSize,
        @DefaultValue("4") int concurrency,
        @DefaultValue("50ms") Duration pollInterval,
        @DefaultValue("5s") Duration maxIdlePause,
        Duration lease,
        @DefaultValue Retry retry,
        @DefaultValue Breaker breaker,
        @DefaultValue Quota quota,
        @DefaultValue List<String> maintenanceWindows,
        @DefaultValue Canary canary) {

    /** {@code @Scheduled} takes strings: this one reads the bound record, so the default stays written once, here. */
    static final String CANARY_INTERVAL =
            "#{@'fapiao.upload-com.fapiaorelay.upload.round.UploadProperties'.canary().interval()}";

    UploadProperties {
        if (batchSize < 1 || concurrency < 1) {
            throw new IllegalArgumentException("fapiao.upload.batch-size and concurrency must be at least 1");
        }
        maintenanceWindows.forEach(MaintenanceWindows::parse);
    }

    /** Exponential back-off with jitter between {@code initialBackoff} and {@code maxBackoff}, for {@code budget}. */
    record Retry(
            @DefaultValue("2s") Duration initialBackoff,
            @DefaultValue("10m") Duration maxBackoff,
            @DefaultValue("0.2") double jitter,
            @DefaultValue("6h") Duration budget) {}

    /** The circuit breaker per endpoint: opens when half the last calls failed; anomaly when open longer than alert. */
    record Breaker(
            @DefaultValue("10") int window,
            @DefaultValue("50") float failureRatePercent,
            @DefaultValue("30s") Duration openFor,
            @DefaultValue("2m") Duration alertAfter) {}

    /** The interface's quota in invoices per second, for all sellers together and for each seller. */
    record Quota(
            @DefaultValue("20000") int perSecond,
            @DefaultValue("5000") int perSellerPerSecond) {}

    /**
     * The canary probes every {@code interval}, looking {@code key} up (or, on 乐企, uploading a test invoice of its
     * seller), and raises CANARY_FAILING after {@code failuresBeforeAlert} failed probes in a row.
     */
    record Canary(
            @DefaultValue("91110108MA01AB3CX1:00000000000000000000")
            String key,

            @DefaultValue("3") int failuresBeforeAlert,
            @DefaultValue("30s") Duration interval) {

        Canary {
            InvoiceKey.parse(key);
            if (failuresBeforeAlert < 1 || interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException(
                        "fapiao.upload.canary needs failures-before-alert of at least 1 and a positive interval");
            }
        }

        InvoiceKey probe() {
            return InvoiceKey.parse(key);
        }
    }
}
