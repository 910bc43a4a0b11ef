package com.fapiaorelay.sync.silence;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;

/**
 * When an ERP source is down on purpose, China time: daily {@code 02:00-03:00}, or weekly {@code SAT 22:00-SUN 06:00};
 * either may run past midnight (or the week's end). Kept as minutes into the day or the week.
 */
record MaintenanceWindow(int start, int end, boolean weekly) {

    private static final int MINUTES_A_DAY = 24 * 60;

    static MaintenanceWindow parse(String specification) {
        String[] bounds = specification.trim().split("-");
        if (bounds.length != 2) {
            throw new IllegalArgumentException(
                    "a maintenance window is HH:mm-HH:mm or EEE HH:mm-EEE HH:mm, was " + specification);
        }
        boolean weekly = bounds[0].trim().contains(" ");
        if (weekly != bounds[1].trim().contains(" ")) {
            throw new IllegalArgumentException("a maintenance window names both days or neither: " + specification);
        }
        return new MaintenanceWindow(minutes(bounds[0]), minutes(bounds[1]), weekly);
    }

    boolean contains(LocalDateTime chinaTime) {
        int minute = minuteOfDay(chinaTime.toLocalTime());
        if (weekly) {
            minute += (chinaTime.getDayOfWeek().getValue() - 1) * MINUTES_A_DAY;
        }
        return start <= end ? minute >= start && minute < end : minute >= start || minute < end;
    }

    private static int minutes(String bound) {
        String[] parts = bound.trim().split("\\s+");
        int time = minuteOfDay(LocalTime.parse(parts[parts.length - 1]));
        return parts.length == 1 ? time : (day(parts[0]).getValue() - 1) * MINUTES_A_DAY + time;
    }

    private static DayOfWeek day(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(upper) && upper.length() >= 3) {
                return day;
            }
        }
        throw new IllegalArgumentException("not a day of the week: " + name);
    }

    private static int minuteOfDay(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }
}
