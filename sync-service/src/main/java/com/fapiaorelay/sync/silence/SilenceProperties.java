package com.fapiaorelay.sync.silence;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fapiao.sync.silence}: the ERP sources to watch, each by the sellers it issues for, how long it may stay
 * quiet ({@code quietAfter}: its usual gap between submissions, with room to spare; left out, it is learned, twice the
 * longest usual gap kept between {@code learnedFloor} and {@code learnedCeiling}) and its {@code maintenance}
 * windows; checked every {@code interval}.
 */
@ConfigurationProperties("fapiao.sync.silence")
record SilenceProperties(
        @DefaultValue("1m") Duration interval,
        @DefaultValue("10m") Duration learnedFloor,
        @DefaultValue("4h") Duration learnedCeiling,
        @DefaultValue List<Source> sources) {

    /** For {@code @Scheduled}, which takes strings: the bound record's interval, so its default is written once. */
    static final String INTERVAL =
            "#{@'fapiao.sync.silence-com.fapiaorelay.sync.silence.SilenceProperties'.interval()}";

    SilenceProperties {
        if (!isPositive(interval) || !isPositive(learnedFloor) || learnedCeiling.compareTo(learnedFloor) < 0) {
            throw new IllegalArgumentException("fapiao.sync.silence.interval and learned-floor must be positive and"
                    + " learned-ceiling not below learned-floor");
        }
        sources = List.copyOf(sources);
    }

    private static boolean isPositive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }

    /**
     * One ERP source: a name people know it by ("金蝶-北京"), the sellers it submits for, its tolerated silence (null:
     * learned), and when it is down for maintenance ({@link MaintenanceWindow}, China time).
     */
    record Source(String name, List<String> sellers, Duration quietAfter, List<String> maintenance) {

        Source {
            if (name == null
                    || name.isBlank()
                    || sellers == null
                    || sellers.isEmpty()
                    || (quietAfter != null && !isPositive(quietAfter))) {
                throw new IllegalArgumentException("every fapiao.sync.silence.sources entry needs a name and sellers,"
                        + " and a quiet-after, if given, must be positive");
            }
            sellers = List.copyOf(sellers);
            maintenance = maintenance == null ? List.of() : List.copyOf(maintenance);
            maintenance.forEach(MaintenanceWindow::parse);
        }

        boolean inMaintenance(LocalDateTime chinaTime) {
            return maintenance.stream().map(MaintenanceWindow::parse).anyMatch(window -> window.contains(chinaTime));
        }
    }
}
