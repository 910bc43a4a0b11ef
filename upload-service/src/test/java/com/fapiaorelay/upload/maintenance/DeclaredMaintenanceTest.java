package com.fapiaorelay.upload.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeclaredMaintenanceTest {

    private static final Instant FROM = Instant.parse("2026-12-03T00:00:00Z");
    private static final Instant TO = FROM.plus(Duration.ofHours(10));

    @Test
    void heldTimeIsClippedToTheSpanAndOverlappingWindowsCountOnce() {
        List<MaintenanceWindow> windows = List.of(
                window(-2, 1), // 1 h inside the span
                window(3, 6), // 3 h ...
                window(4, 5), // ... within which this one counts nothing more
                window(5, 7), // 1 h more past the previous end
                window(9, 12)); // 1 h before the span ends

        assertThat(DeclaredMaintenance.held(windows, FROM, TO)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void noWindowHoldsNothing() {
        assertThat(DeclaredMaintenance.held(List.of(), FROM, TO)).isZero();
    }

    private static MaintenanceWindow window(int startHour, int endHour) {
        return new MaintenanceWindow(
                UUID.randomUUID(),
                FROM.plus(Duration.ofHours(startHour)),
                FROM.plus(Duration.ofHours(endHour)),
                "reason",
                "ops",
                FROM);
    }
}
