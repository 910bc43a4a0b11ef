package com.fapiaorelay.kit.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
        advance(TICK);

        assertThat(pacing.shouldLook()).isTrue();
        pacing.found(0);
        assertThat(pacing.shouldLook()).isFalse();
    }

    @Test
    void ringDoesNotShortenTheTickOfABusyLoop() {
        pacing.shouldLook();
        pacing.found(5);
        pacing.ring();

        assertThat(pacing.shouldLook()).isFalse();
        advance(TICK);
        assertThat(pacing.shouldLook()).isTrue();
    }

    @Test
    void ringWakesALoopSleepingThroughALongPause() throws Exception {
        IdleBackoff sleeping = new IdleBackoff(Duration.ofMillis(1), Duration.ofHours(1));
        for (int look = 0; look < 40; look++) {
            sleeping.found(0);
        }
        CompletableFuture<Void> woken = CompletableFuture.runAsync(() -> {
            try {
                sleeping.awaitLook();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        sleeping.ring();

        woken.get(10, TimeUnit.SECONDS);
        assertThat(sleeping.shouldLook()).isFalse();
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
