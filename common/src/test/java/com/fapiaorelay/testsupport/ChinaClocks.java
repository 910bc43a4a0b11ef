package com.fapiaorelay.testsupport;

import com.fapiaorelay.common.time.BusinessDays;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Pinned clocks for day-boundary tests, set by China's wall time but running in UTC: a rule that read the clock's
 * own zone, or the JVM's, instead of China's calendar would see the wrong day.
 */
public final class ChinaClocks {

    /** The last second of 2024 in Beijing: 2024-12-31T15:59:59Z. */
    public static final Clock LAST_SECOND_OF_THE_DAY = at("2024-12-31T23:59:59");

    /** The first second of 2025 in Beijing, still 2024-12-31 in UTC. */
    public static final Clock FIRST_SECOND_OF_THE_NEXT_DAY = at("2025-01-01T00:00:01");

    private ChinaClocks() {}

    public static Clock at(String chinaWallTime) {
        return Clock.fixed(
                LocalDateTime.parse(chinaWallTime).atZone(BusinessDays.CHINA).toInstant(), ZoneOffset.UTC);
    }
}
