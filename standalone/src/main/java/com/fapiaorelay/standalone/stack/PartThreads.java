package com.fapiaorelay.standalone.stack;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Starts each part of the embedded stack from a thread of a thread group named after the part. The threads a part
 * starts join the group of the thread that created them (or of their factory), so the bench can tell which part's
 * threads spent the JVM's CPU: all parts share one JVM and their threads' names do not say whose they are.
 */
final class PartThreads {

    private PartThreads() {}

    /** Runs {@code start} on a thread of the group {@code part}, waits for it and answers its result. */
    static <T> T start(String part, Callable<T> start) {
        var task = new FutureTask<>(start);
        var starter = new Thread(new ThreadGroup(part), task, part + "-start");
        starter.start();
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("could not start " + part, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted starting " + part, e);
        }
    }
}
