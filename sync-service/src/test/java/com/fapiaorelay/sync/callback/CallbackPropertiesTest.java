package com.fapiaorelay.sync.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CallbackPropertiesTest {

    private final CallbackProperties defaults = new CallbackProperties(
            Duration.ofSeconds(1),
            20,
            Duration.ofSeconds(5),
            Duration.ofSeconds(10),
            Duration.ofMinutes(10),
            60,
            Duration.ofDays(7),
            false);

    @Test
    void backOffDoublesFromTheInitialWaitUpToTheCap() {
        assertThat(IntStream.rangeClosed(1, 8).mapToObj(defaults::backoffAfter))
                .containsExactly(
                        Duration.ofSeconds(10),
                        Duration.ofSeconds(20),
                        Duration.ofSeconds(40),
                        Duration.ofSeconds(80),
                        Duration.ofSeconds(160),
                        Duration.ofSeconds(320),
                        Duration.ofMinutes(10),
                        Duration.ofMinutes(10));
        assertThat(defaults.backoffAfter(1_000)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aReceiverDownForHoursIsStillRetriedBeforeItsChangesAreDeadLettered() {
        Duration retriedFor = IntStream.range(1, defaults.maxAttempts())
                .mapToObj(defaults::backoffAfter)
                .reduce(Duration.ZERO, Duration::plus);

        assertThat(retriedFor).isBetween(Duration.ofHours(9), Duration.ofHours(10));
    }
}
