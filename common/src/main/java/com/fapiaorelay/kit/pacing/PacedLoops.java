package com.fapiaorelay.kit.pacing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Threads that each look for work when their own {@link IdleBackoff} says, and sleep in between: no wake-up at all
 * while a pause runs, which is what makes an idle service cheap. {@code look} answers how many items it handled; a
 * look that throws counts as finding none, so a failing dependency is asked less and less often. Idle, only the first
 * loop keeps looking every {@code maxPause}, for work that falls due by the clock; the others' pauses keep doubling
 * (towards {@value #FOLLOWER_MAX_PAUSE_HOURS} h) until work is announced or the first loop finds some, which wakes them
 * all: idle loops cost one look per pause however many there are.
 */
public final class PacedLoops {

    private static final Logger log = LoggerFactory.getLogger(PacedLoops.class);
    private static final long FOLLOWER_MAX_PAUSE_HOURS = 1;

    private final String name;
    private final IntSupplier look;
    private final List<IdleBackoff> pacings = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    public PacedLoops(String name, int count, Duration tick, Duration maxPause, IntSupplier look) {
        this.name = name;
        this.look = look;
        for (int i = 0; i < count; i++) {
            pacings.add(new IdleBackoff(tick, i == 0 ? maxPause : Duration.ofHours(FOLLOWER_MAX_PAUSE_HOURS)));
        }
    }

    /** Work was announced: every loop looks within a tick. */
    public void ring() {
        pacings.forEach(IdleBackoff::ring);
    }

    public synchronized void start() {
        running = true;
        for (int i = 0; i < pacings.size(); i++) {
            IdleBackoff pacing = pacings.get(i);
            boolean lookout = i == 0;
            Thread thread = new Thread(() -> loop(pacing, lookout), name + "-" + (i + 1));
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /** Stops the loops, waiting up to {@code patience} for looks in progress to end, then interrupting them. */
    public synchronized void stop(Duration patience) {
        running = false;
        ring();
        long deadline = System.nanoTime() + patience.toNanos();
        try {
            for (Thread thread : threads) {
                thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                thread.interrupt();
            }
        } catch (InterruptedException e) {
            threads.forEach(Thread::interrupt);
            Thread.currentThread().interrupt();
        }
        threads.clear();
    }

    public boolean isRunning() {
        return running;
    }

    private void loop(IdleBackoff pacing, boolean lookout) {
        try {
            while (running) {
                pacing.awaitLook();
                int found = running ? lookSafely() : 0;
                pacing.found(found);
                if (lookout && found > 0) {
                    ring();
                }
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private int lookSafely() {
        try {
            return look.getAsInt();
        } catch (RuntimeException e) {
            log.error("{} failed; it looks again after its pause", name, e);
            return 0;
        }
    }
}
