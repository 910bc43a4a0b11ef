package com.fapiaorelay.upload.round;

import com.fapiaorelay.common.time.BusinessDays;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/** Daily windows (China time) in which the tax interface is known to be down: uploads wait, nobody is paged. */
class MaintenanceWindows {

    private final List<Window> windows;

    MaintenanceWindows(List<String> specifications) {
        this.windows = specifications.stream().map(MaintenanceWindows::parse).toList();
    }

    boolean active(Instant now) {
        LocalTime time = BusinessDays.wallTime(now).toLocalTime();
        return windows.stream().anyMatch(window -> window.contains(time));
    }

    /** Parses {@code 23:30-00:30}; a window may run past midnight. */
    static Window parse(String specification) {
        String[] bounds = specification.trim().split("-");
        if (bounds.length != 2) {
            throw new IllegalArgumentException("maintenance window must be HH:mm-HH:mm, was " + specification);
        }
        return new Window(LocalTime.parse(bounds[0].trim()), LocalTime.parse(bounds[1].trim()));
    }

    record Window(LocalTime start, LocalTime end) {

        boolean contains(LocalTime time) {
            return start.isBefore(end)
                    ? !time.isBefore(start) && time.isBefore(end)
                    : !time.isBefore(start) || time.isBefore(end);
        }
    }
}
