package com.fapiaorelay.kit.pacing;

import java.time.Duration;
import org.springframework.context.SmartLifecycle;

/**
 * A component whose work is one {@link PacedLoops}, started and stopped with its application context. For watches
 * that a scheduler would otherwise wake every interval only to find their pause not over: idle, the loop's thread
 * sleeps the whole pause. Stopping waits {@link #STOP_PATIENCE} for a look in progress, then interrupts it.
 */
public interface PacedWork extends SmartLifecycle {

    Duration STOP_PATIENCE = Duration.ofSeconds(5);

    PacedLoops loops();

    @Override
    default void start() {
        loops().start();
    }

    @Override
    default void stop() {
        loops().stop(STOP_PATIENCE);
    }

    @Override
    default boolean isRunning() {
        return loops().isRunning();
    }
}
