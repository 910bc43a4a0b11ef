package com.fapiaorelay.kit.pacing;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * When one polling loop looks for work next. After a look that found work, one {@code tick} later; after each look
 * that found none, twice as long as the last pause, up to {@code maxPause}, so an idle service costs next to nothing.
 * {@link #ring()} announces work (a row committed in this process): the loop looks as soon as a tick has passed since
 * its last look, so idling adds no latency to announced work, only to work that falls due by the clock, and a busy
 * loop keeps its tick, so its batches stay as large as they were.
 */
public final class IdleBackoff {

    private final long tickNanos;
    private final long maxPauseNanos;
    private final LongSupplier nanoTime;
    private boolean rung;
    private long pauseNanos;
    private long lastLookNanos;
    private long nextLookNanos;

    public IdleBackoff(Duration tick, Duration maxPause) {
        this(tick, maxPause, System::nanoTime);
    }

    IdleBackoff(Duration tick, Duration maxPause, LongSupplier nanoTime) {
        if (tick.isNegative() || tick.isZero() || maxPause.compareTo(tick) < 0) {
            throw new IllegalArgumentException(
                    "the tick " + tick + " must be positive and the idle pause " + maxPause + " no shorter");
        }
        this.tickNanos = tick.toNanos();
        this.maxPauseNanos = maxPause.toNanos();
        this.nanoTime = nanoTime;
        this.nextLookNanos = nanoTime.getAsLong();
        this.lastLookNanos = nextLookNanos - tickNanos;
    }

    /** Work was announced: the loop looks a tick after its last look at the latest, however long it has idled. */
    public synchronized void ring() {
        rung = true;
        notifyAll();
    }

    /** Whether the loop should look now; if so, the look is taken, with any ring before it. */
    public synchronized boolean shouldLook() {
        if (waitNanos() > 0) {
            return false;
        }
        rung = false;
        lastLookNanos = nanoTime.getAsLong();
        return true;
    }

    /** Blocks until the loop should look, then takes the look as {@link #shouldLook()} does. */
    public synchronized void awaitLook() throws InterruptedException {
        for (long wait = waitNanos(); wait > 0; wait = waitNanos()) {
            wait(Math.max(1, wait / 1_000_000));
        }
        shouldLook();
    }

    /** What the look found: work keeps the loop at its tick, none doubles the pause before the next look. */
    public synchronized void found(int items) {
        pauseNanos = items > 0 ? tickNanos : Math.min(Math.max(2 * pauseNanos, tickNanos), maxPauseNanos);
        nextLookNanos = nanoTime.getAsLong() + pauseNanos;
    }

    private long waitNanos() {
        long now = nanoTime.getAsLong();
        long untilDue = nextLookNanos - now;
        return rung ? Math.min(untilDue, lastLookNanos + tickNanos - now) : untilDue;
    }
}
