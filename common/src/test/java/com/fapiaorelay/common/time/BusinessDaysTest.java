package com.fapiaorelay.common.time;

import static com.fapiaorelay.testsupport.ChinaClocks.FIRST_SECOND_OF_THE_NEXT_DAY;
import static com.fapiaorelay.testsupport.ChinaClocks.LAST_SECOND_OF_THE_DAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BusinessDaysTest {

    @Test
    void todayIsChinasDateUpToTheLastSecond() {
        assertThat(BusinessDays.today(LAST_SECOND_OF_THE_DAY)).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void todayTurnsAtMidnightInBeijingWhileItIsStillYesterdayInUtc() {
        assertThat(FIRST_SECOND_OF_THE_NEXT_DAY.instant().toString()).startsWith("2024-12-31T16:00:01");
        assertThat(BusinessDays.today(FIRST_SECOND_OF_THE_NEXT_DAY)).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void nowIsBeijingsWallTimeWhateverTheClocksZone() {
        Clock newYork = FIRST_SECOND_OF_THE_NEXT_DAY.withZone(ZoneId.of("America/New_York"));

        assertThat(BusinessDays.now(newYork)).isEqualTo(LocalDateTime.of(2025, 1, 1, 0, 0, 1));
        assertThat(BusinessDays.wallTime(LAST_SECOND_OF_THE_DAY.instant()))
                .isEqualTo(LocalDateTime.of(2024, 12, 31, 23, 59, 59));
    }

    @Test
    void theSystemClockReadsChinasCalendar() {
        assertThat(BusinessDays.systemClock().getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }
}
