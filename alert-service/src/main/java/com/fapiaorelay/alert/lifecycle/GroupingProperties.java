package com.fapiaorelay.alert.lifecycle;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How alerts are grouped: {@code fapiao.alert.grouping.*}. The first alert of a group key opens a window; every
 * alert of that key arriving before it closes goes out in the same message.
 */
@Validated
@ConfigurationProperties("fapiao.alert.grouping")
record GroupingProperties(
        @DefaultValue("30s") Duration window,
        @DefaultValue("10") int sampleSize) {

    GroupingProperties {
        if (window.isNegative() || sampleSize < 0) {
            throw new IllegalArgumentException("fapiao.alert.grouping needs a non-negative window and sample size");
        }
    }
}
