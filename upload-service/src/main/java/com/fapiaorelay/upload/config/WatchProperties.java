package com.fapiaorelay.upload.config;

import com.fapiaorelay.kit.pacing.IdleBackoff;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often the watches look, intake's backlog and the tax endpoints alike: every {@code fapiao.upload.watch-interval}
 * while what they watch moves, ever less often while it stays quiet, down to once an {@code idle-watch-interval}.
 */
@ConfigurationProperties("fapiao.upload")
public record WatchProperties(
        @DefaultValue("1s") Duration watchInterval,
        @DefaultValue("15s") Duration idleWatchInterval) {

    /** {@code @Scheduled} takes strings: this one reads the bound record, so the default stays written once, here. */
    public static final String INTERVAL =
            "#{@'fapiao.upload-com.fapiaorelay.upload.config.WatchProperties'.watchInterval()}";

    public WatchProperties {
        if (watchInterval.isNegative() || watchInterval.isZero() || idleWatchInterval.compareTo(watchInterval) < 0) {
            throw new IllegalArgumentException("fapiao.upload.watch-interval must be positive and idle-watch-interval"
                    + " no shorter, were " + watchInterval + " and " + idleWatchInterval);
        }
    }

    /** A watch's pacing: the interval while it finds something to follow, the idle interval at most when not. */
    public IdleBackoff pacing() {
        return new IdleBackoff(watchInterval, idleWatchInterval);
    }
}
