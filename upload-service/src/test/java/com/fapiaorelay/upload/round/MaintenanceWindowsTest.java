package com.fapiaorelay.upload.round;

import static com.fapiaorelay.testsupport.ChinaClocks.FIRST_SECOND_OF_THE_NEXT_DAY;
import static com.fapiaorelay.testsupport.ChinaClocks.LAST_SECOND_OF_THE_DAY;
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
    void windowsTurnAtMidnightInBeijingNotAtTheClocksMidnight() {
        MaintenanceWindows untilMidnight = new MaintenanceWindows(List.of("23:00-00:00"));
        MaintenanceWindows fromMidnight = new MaintenanceWindows(List.of("00:00-01:00"));

        assertThat(untilMidnight.active(LAST_SECOND_OF_THE_DAY.instant())).isTrue();
        assertThat(fromMidnight.active(LAST_SECOND_OF_THE_DAY.instant())).isFalse();
        assertThat(untilMidnight.active(FIRST_SECOND_OF_THE_NEXT_DAY.instant())).isFalse();
        assertThat(fromMidnight.active(FIRST_SECOND_OF_THE_NEXT_DAY.instant())).isTrue();
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
