package com.fapiaorelay.console.overview;

import static com.fapiaorelay.testsupport.ChinaClocks.FIRST_SECOND_OF_THE_NEXT_DAY;
import static com.fapiaorelay.testsupport.ChinaClocks.LAST_SECOND_OF_THE_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.fapiaorelay.console.backend.AlertApi;
import com.fapiaorelay.console.backend.SyncApi;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;

/** "Today" on the overview is today in Beijing: it turns at China's midnight, whatever zone the clock runs in. */
class OverviewControllerTest {

    private final SyncApi sync = mock(SyncApi.class);
    private final AlertApi alerts = mock(AlertApi.class);

    @Test
    void todayIsStillTheOldDayAtTheLastSecond() {
        ExtendedModelMap model = overviewAt(LAST_SECOND_OF_THE_DAY);

        LocalDate newYearsEve = LocalDate.of(2024, 12, 31);
        verify(sync).counts(null, newYearsEve, newYearsEve);
        assertThat(model.get("from")).isEqualTo(LocalDate.of(2024, 12, 25));
        assertThat(model.get("to")).isEqualTo(newYearsEve);
    }

    @Test
    void todayIsTheNewDayFromTheFirstSecondInBeijing() {
        ExtendedModelMap model = overviewAt(FIRST_SECOND_OF_THE_NEXT_DAY);

        LocalDate newYearsDay = LocalDate.of(2025, 1, 1);
        verify(sync).counts(null, newYearsDay, newYearsDay);
        assertThat(model.get("from")).isEqualTo(LocalDate.of(2024, 12, 26));
        assertThat(model.get("to")).isEqualTo(newYearsDay);
    }

    private ExtendedModelMap overviewAt(Clock clock) {
        ExtendedModelMap model = new ExtendedModelMap();
        new OverviewController(sync, alerts, clock).overview(null, null, model);
        return model;
    }
}
