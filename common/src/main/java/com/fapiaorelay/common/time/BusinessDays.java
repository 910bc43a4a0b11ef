package com.fapiaorelay.common.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Business days are China's days: invoices are issued, counted, reconciled and reported on Beijing's calendar,
 * whatever zone the host or the clock is in. Every "today" and every issue-time "now" goes through here.
 */
public final class BusinessDays {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private BusinessDays() {}

    /** The clock a service runs on: the system's instant, read on China's calendar. */
    public static Clock systemClock() {
        return Clock.system(CHINA);
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(CHINA));
    }

    /** Now on the scale issue times are written in: China's wall clock, without an offset. */
    public static LocalDateTime now(Clock clock) {
        return LocalDateTime.now(clock.withZone(CHINA));
    }

    public static LocalDateTime wallTime(Instant instant) {
        return LocalDateTime.ofInstant(instant, CHINA);
    }
}
