package com.fapiaorelay.alert.silence;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code max-duration}: the longest silence anyone may set, so no silence hides MISSING invoices for good. */
@ConfigurationProperties("fapiao.alert.silence")
record SilenceProperties(@DefaultValue("24h") Duration maxDuration) {

    SilenceProperties {
        if (maxDuration.isNegative() || maxDuration.isZero()) {
            throw new IllegalArgumentException("fapiao.alert.silence.max-duration must be positive");
        }
    }
}
