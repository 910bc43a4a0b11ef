package com.fapiaorelay.sync.silence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.sync.silence.ArrivalHistoryRows.Arrivals;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CadenceTest {

    private static final Duration FLOOR = Duration.ofMinutes(10);
    private static final Duration CEILING = Duration.ofHours(4);

    @Test
    void toleratesTwiceTheLongestUsualGapAndSaysHowManyUsuallyComeInIt() {
        Cadence cadence = Cadence.learned(new Arrivals(4_800, 2, Duration.ofMinutes(20)), FLOOR, CEILING)
                .orElseThrow();

        assertThat(cadence.tolerance()).isEqualTo(Duration.ofMinutes(40));
        assertThat(cadence.usualGap()).isEqualTo(Duration.ofMinutes(20));
        assertThat(cadence.usualCount()).isEqualTo(800);
    }

    @Test
    void theToleranceStaysWithinTheFloorAndTheCeiling() {
        assertThat(Cadence.learned(new Arrivals(3_600, 1, Duration.ofSeconds(1)), FLOOR, CEILING)
                        .orElseThrow()
                        .tolerance())
                .isEqualTo(FLOOR);
        assertThat(Cadence.learned(new Arrivals(1, 1, Duration.ofHours(3)), FLOOR, CEILING)
                        .orElseThrow()
                        .tolerance())
                .isEqualTo(CEILING);
    }

    @Test
    void nothingIsLearnedFromHoursThatHeardNothing() {
        assertThat(Cadence.learned(new Arrivals(0, 0, Duration.ZERO), FLOOR, CEILING))
                .isEmpty();
    }
}
