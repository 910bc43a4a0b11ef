package com.fapiaorelay.sync.silence;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fapiao.sync.silence}: the ERP sources to watch, each by the sellers it issues for and how long it may stay
 * quiet ({@code quietAfter}: its usual gap between submissions, with room to spare), checked every {@code interval}.
 */
@ConfigurationProperties("fapiao.sync.silence")
record SilenceProperties(
        @DefaultValue("1m") Duration interval, @DefaultValue List<Source> sources) {

    /** For {@code @Scheduled}, which takes strings: the bound record's interval, so its default is written once. */
    static final String INTERVAL =
            "#{@'fapiao.sync.silence-com.fapiaorelay.sync.silence.SilenceProperties'.interval()}";

    SilenceProperties {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("fapiao.sync.silence.interval must be positive, was " + interval);
        }
        sources = List.copyOf(sources);
    }

    /** One ERP source: a name people know it by ("金蝶-北京"), the sellers it submits for, its tolerated silence. */
    record Source(String name, List<String> sellers, Duration quietAfter) {

        Source {
            if (name == null
                    || name.isBlank()
                    || sellers == null
                    || sellers.isEmpty()
                    || quietAfter == null
                    || quietAfter.isNegative()
                    || quietAfter.isZero()) {
                throw new IllegalArgumentException(
                        "every fapiao.sync.silence.sources entry needs a name, sellers and a positive quiet-after");
            }
            sellers = List.copyOf(sellers);
        }
    }
}
