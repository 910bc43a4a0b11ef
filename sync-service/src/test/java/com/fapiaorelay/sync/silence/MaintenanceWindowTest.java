package com.fapiaorelay.sync.silence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class MaintenanceWindowTest {

    private static final LocalDateTime SATURDAY_NIGHT = LocalDateTime.of(2026, 11, 28, 23, 0);

    @Test
    void aDailyWindowMayRunPastMidnight() {
        MaintenanceWindow nightly = MaintenanceWindow.parse("23:30-00:30");

        assertThat(nightly.contains(SATURDAY_NIGHT.withMinute(29))).isFalse();
        assertThat(nightly.contains(SATURDAY_NIGHT.withMinute(30))).isTrue();
        assertThat(nightly.contains(SATURDAY_NIGHT.plusHours(1).plusMinutes(29)))
                .isTrue();
        assertThat(nightly.contains(SATURDAY_NIGHT.plusHours(1).plusMinutes(30)))
                .isFalse();
    }

    @Test
    void aWeeklyWindowHoldsOnlyOnItsDaysAndMayRunPastTheWeeksEnd() {
        MaintenanceWindow weekend = MaintenanceWindow.parse("SAT 22:00-MON 06:00");

        assertThat(weekend.contains(SATURDAY_NIGHT)).isTrue();
        assertThat(weekend.contains(SATURDAY_NIGHT.plusDays(1))).isTrue();
        assertThat(weekend.contains(SATURDAY_NIGHT.plusDays(1).plusHours(6).plusMinutes(59)))
                .isTrue();
        assertThat(weekend.contains(SATURDAY_NIGHT.plusDays(1).plusHours(7))).isFalse();
        assertThat(weekend.contains(SATURDAY_NIGHT.minusDays(1))).isFalse();
    }

    @Test
    void aWindowNamingOneDayOnlyOrNoTimeIsRefused() {
        assertThatThrownBy(() -> MaintenanceWindow.parse("SAT 22:00-06:00"))
                .hasMessageContaining("both days or neither");
        assertThatThrownBy(() -> MaintenanceWindow.parse("22:00")).hasMessageContaining("HH:mm-HH:mm");
        assertThatThrownBy(() -> MaintenanceWindow.parse("XX 22:00-SU 06:00")).isInstanceOf(RuntimeException.class);
    }
}
