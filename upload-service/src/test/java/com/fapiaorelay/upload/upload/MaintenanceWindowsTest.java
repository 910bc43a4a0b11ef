package com.fapiaorelay.upload.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaintenanceWindowsTest {

    private final MaintenanceWindows windows = new MaintenanceWindows(List.of("23:30-00:30", "12:00-12:15"));

    @Test
    void windowRunningPastMidnightCoversBothSides() {
        assertThat(windows.active(chinaTime(23, 45))).isTrue();
        assertThat(windows.active(chinaTime(0, 10))).isTrue();
        assertThat(windows.active(chinaTime(0, 30))).isFalse();
    }

    @Test
    void windowWithinADayEndsAtItsEnd() {
        assertThat(windows.active(chinaTime(12, 0))).isTrue();
        assertThat(windows.active(chinaTime(12, 15))).isFalse();
        assertThat(windows.active(chinaTime(11, 59))).isFalse();
    }

    @Test
    void refusesAWindowWithoutTwoTimes() {
        assertThatThrownBy(() -> MaintenanceWindows.parse("23:30")).hasMessageContaining("HH:mm-HH:mm");
    }

    private static java.time.Instant chinaTime(int hour, int minute) {
        return ZonedDateTime.of(2026, 11, 28, hour, minute, 0, 0, java.time.ZoneId.of("Asia/Shanghai"))
                .toInstant();
    }
}
