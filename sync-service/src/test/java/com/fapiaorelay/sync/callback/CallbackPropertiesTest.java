package com.fapiaorelay.sync.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CallbackPropertiesTest {

    private final CallbackProperties defaults = defaults(false, List.of(), List.of());

    /** The defaults of {@code fapiao.sync.callbacks} with the receiver rules given. */
    static CallbackProperties defaults(boolean allowPlainHttp, List<String> hosts, List<String> internalHosts) {
        return new CallbackProperties(
                Duration.ofSeconds(1),
                Duration.ofSeconds(5),
                20,
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                Duration.ofMinutes(10),
                60,
                Duration.ofDays(7),
                allowPlainHttp,
                hosts,
                internalHosts);
    }

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

    @Test
    void aReceiverDownForTenMinutesHasUsedSixOfItsAttemptsAndIsTriedAgainHalfAMinuteAfterItRecovers() {
        Duration down = Duration.ofMinutes(10);
        int failures = 0;
        Duration nextTry = Duration.ZERO;
        while (nextTry.compareTo(down) < 0) {
            failures++;
            nextTry = nextTry.plus(defaults.backoffAfter(failures));
        }

        assertThat(failures).isEqualTo(6).isLessThan(defaults.maxAttempts());
        assertThat(nextTry.minus(down)).isEqualTo(Duration.ofSeconds(30));
    }
}
