package com.fapiaorelay.console.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.fapiaorelay.console.backend.AlertApi;
import com.fapiaorelay.console.backend.SyncApi;
import com.fapiaorelay.testsupport.ChinaClocks;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.ui.ExtendedModelMap;

/** "Today" on the overview is today in Beijing: it turns at China's midnight, whatever zone the clock runs in. */
class OverviewControllerTest {

    private final SyncApi sync = mock(SyncApi.class);
    private final AlertApi alerts = mock(AlertApi.class);

    @ParameterizedTest(name = "at {0} Beijing time, today is {1}")
    @CsvSource({"2024-12-31T23:59:59, 2024-12-31, 2024-12-25", "2025-01-01T00:00:01, 2025-01-01, 2024-12-26"})
    void countsTodayAndTheLastSevenDaysOnChinasCalendar(String chinaNow, LocalDate today, LocalDate weekAgo) {
        ExtendedModelMap model = new ExtendedModelMap();

        new OverviewController(sync, alerts, ChinaClocks.at(chinaNow)).overview(null, null, model);

        verify(sync).counts(null, today, today);
        assertThat(model.get("from")).isEqualTo(weekAgo);
        assertThat(model.get("to")).isEqualTo(today);
    }
}
