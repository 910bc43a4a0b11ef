package com.fapiaorelay.upload.config;

import com.fapiaorelay.kit.pacing.PacedLoops;
import java.time.Duration;
import java.util.function.IntSupplier;
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

    public WatchProperties {
        if (watchInterval.isNegative() || watchInterval.isZero() || idleWatchInterval.compareTo(watchInterval) < 0) {
            throw new IllegalArgumentException("fapiao.upload.watch-interval must be positive and idle-watch-interval"
                    + " no shorter, were " + watchInterval + " and " + idleWatchInterval);
        }
    }

    /** A watch's loop: a look every interval while it finds something to follow, the idle interval at most when not. */
    public PacedLoops loop(String name, IntSupplier look) {
        return new PacedLoops(name, 1, watchInterval, idleWatchInterval, look);
    }
}
