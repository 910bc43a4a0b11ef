package com.fapiaorelay.kit.pacing;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Tells a loop that ticks every {@code tick} whether this tick should look for work. While looks find work, every tick
 * does; after each look that finds none, the next waits twice as long, up to {@code maxPause}, so an idle service
 * costs next to nothing. {@link #ring()} announces work (a row committed in this process): the next tick looks at
 * once, so idling adds no latency to work that is announced, only to work that falls due by the clock.
 */
public final class IdleBackoff {

    private final long tickNanos;
    private final long maxPauseNanos;
    private final LongSupplier nanoTime;
    private final AtomicBoolean rung = new AtomicBoolean();
    private long pauseNanos;
    private long nextLookNanos;

    public IdleBackoff(Duration tick, Duration maxPause) {
        this(tick, maxPause, System::nanoTime);
    }

    IdleBackoff(Duration tick, Duration maxPause, LongSupplier nanoTime) {
        if (maxPause.compareTo(tick) < 0) {
            throw new IllegalArgumentException(
                    "the idle pause " + maxPause + " must not be shorter than the tick " + tick);
        }
        this.tickNanos = tick.toNanos();
        this.maxPauseNanos = maxPause.toNanos();
        this.nanoTime = nanoTime;
        this.nextLookNanos = nanoTime.getAsLong();
    }

    /** Work was announced: the next tick looks, however long the loop has been idle. */
    public void ring() {
        rung.set(true);
    }

    /**
     * Whether this tick looks for work; a ring is taken here, before the look, so none announced during it is lost.
     * While idle, one of several loops sharing this pacing looks; the others wait for what it finds.
     */
    public synchronized boolean shouldLook() {
        if (rung.getAndSet(false)) {
            return true;
        }
        long now = nanoTime.getAsLong();
        if (now - nextLookNanos < 0) {
            return false;
        }
        nextLookNanos = now + pauseNanos;
        return true;
    }

    /** What the look found: work keeps every tick looking, none doubles the pause before the next look. */
    public synchronized void found(int items) {
        pauseNanos = items > 0 ? 0 : Math.min(Math.max(2 * pauseNanos, tickNanos), maxPauseNanos);
        nextLookNanos = nanoTime.getAsLong() + pauseNanos;
    }
}
