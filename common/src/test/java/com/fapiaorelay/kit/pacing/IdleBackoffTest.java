package com.fapiaorelay.kit.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class IdleBackoffTest {

    private static final Duration TICK = Duration.ofMillis(100);

    private final AtomicLong now = new AtomicLong();
    private final IdleBackoff pacing = new IdleBackoff(TICK, Duration.ofMillis(800), now::get);

    @Test
    void looksEveryTickWhileLooksFindWork() {
        for (int tick = 0; tick < 5; tick++) {
            assertThat(pacing.shouldLook()).isTrue();
            pacing.found(3);
            advance(TICK);
        }
    }

    @Test
    void idleLooksGrowFartherApartUpToTheMaximumPause() {
        assertThat(ticksThatLook(40)).containsExactly(0, 1, 3, 7, 15, 23, 31, 39);
    }

    @Test
    void ringLooksAtTheNextTickAndWorkFoundResetsThePause() {
        ticksThatLook(20);
        pacing.ring();

        assertThat(pacing.shouldLook()).isTrue();
        pacing.found(1);
        advance(TICK);
        assertThat(pacing.shouldLook()).isTrue();
    }

    @Test
    void ringDuringALookIsKeptForTheNextTick() {
        ticksThatLook(20);
        pacing.ring();
        assertThat(pacing.shouldLook()).isTrue();
        pacing.ring();
        pacing.found(0);

        assertThat(pacing.shouldLook()).isTrue();
        pacing.found(0);
        assertThat(pacing.shouldLook()).isFalse();
    }

    @Test
    void onlyOneOfTheLoopsSharingItLooksWhileIdle() {
        ticksThatLook(20);
        advance(Duration.ofSeconds(1));

        assertThat(pacing.shouldLook()).isTrue();
        assertThat(pacing.shouldLook()).isFalse();
    }

    @Test
    void everyLoopSharingItLooksWhileWorkComes() {
        pacing.shouldLook();
        pacing.found(5);

        assertThat(pacing.shouldLook()).isTrue();
        assertThat(pacing.shouldLook()).isTrue();
    }

    @Test
    void refusesAMaximumPauseShorterThanTheTick() {
        assertThatThrownBy(() -> new IdleBackoff(TICK, Duration.ofMillis(50)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Runs {@code ticks} idle ticks; answers those that looked. */
    private List<Integer> ticksThatLook(int ticks) {
        List<Integer> looked = new ArrayList<>();
        for (int tick = 0; tick < ticks; tick++) {
            if (pacing.shouldLook()) {
                looked.add(tick);
                pacing.found(0);
            }
            advance(TICK);
        }
        return looked;
    }

    private void advance(Duration by) {
        now.addAndGet(by.toNanos());
    }
}
