package com.fapiaorelay.kit.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PacedLoopsTest {

    private static final String LOOKOUT = "paced-1";

    private final Map<String, AtomicInteger> looks = new ConcurrentHashMap<>();
    private final AtomicBoolean workDue = new AtomicBoolean();
    private final PacedLoops loops =
            new PacedLoops("paced", 3, Duration.ofMillis(1), Duration.ofMillis(5), this::lookForDueWork);

    @AfterEach
    void stop() {
        loops.stop(Duration.ofSeconds(5));
    }

    @Test
    void idleOnlyTheFirstLoopKeepsLookingAtItsPause() {
        loops.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> looksBy(LOOKOUT) >= 200);

        // 200 looks 5 ms apart: a second at least; the others' pauses doubled from 1 ms meanwhile
        assertThat(looksBy("paced-2")).isLessThan(25);
        assertThat(looksBy("paced-3")).isLessThan(25);
    }

    @Test
    void workTheFirstLoopFindsWakesTheOthers() {
        PacedLoops slower =
                new PacedLoops("paced", 3, Duration.ofMillis(10), Duration.ofMillis(20), this::lookForDueWork);
        slower.start();
        try {
            // 150 looks 20 ms apart: the others' pauses have doubled from 10 ms to seconds
            await().atMost(Duration.ofSeconds(60)).until(() -> looksBy(LOOKOUT) >= 150);
            int second = looksBy("paced-2");
            int third = looksBy("paced-3");

            workDue.set(true);

            await().atMost(Duration.ofMillis(1500))
                    .until(() -> looksBy("paced-2") > second && looksBy("paced-3") > third);
        } finally {
            slower.stop(Duration.ofSeconds(5));
        }
    }

    private int lookForDueWork() {
        String loop = Thread.currentThread().getName();
        looks.computeIfAbsent(loop, name -> new AtomicInteger()).incrementAndGet();
        return loop.equals(LOOKOUT) && workDue.getAndSet(false) ? 1 : 0;
    }

    private int looksBy(String loop) {
        AtomicInteger count = looks.get(loop);
        return count == null ? 0 : count.get();
    }
}
