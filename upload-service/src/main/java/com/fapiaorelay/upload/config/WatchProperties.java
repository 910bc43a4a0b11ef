package com.fapiaorelay.upload.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How often the watches look, intake's backlog and the tax endpoints alike: {@code fapiao.upload.watch-interval}. */
@ConfigurationProperties("fapiao.upload")
public record WatchProperties(@DefaultValue("1s") Duration watchInterval) {

    /** {@code @Scheduled} takes strings: this one reads the bound record, so the default stays written once, here. */
    public static final String INTERVAL =
            "#{@'fapiao.upload-com.fapiaorelay.upload.config.WatchProperties'.watchInterval()}";

    public WatchProperties {
        if (watchInterval.isNegative() || watchInterval.isZero()) {
            throw new IllegalArgumentException("fapiao.upload.watch-interval must be positive, was " + watchInterval);
        }
    }
}
