package com.fapiaorelay.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(1));

    @Test
    void waitDoublesAfterEachFailedAttempt() {
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void waitNeverExceedsTheCap() {
        assertThat(backoff.after(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.after(1_000)).isEqualTo(Duration.ofMinutes(1));
    }
}
