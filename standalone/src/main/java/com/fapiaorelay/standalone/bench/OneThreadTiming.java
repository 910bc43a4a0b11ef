package com.fapiaorelay.standalone.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Times work on a list of items on one thread, after warm-up rounds that let the JIT compile it. The time is the
 * thread's CPU time, not the wall clock's: on a shared machine the thread waits for a core, and that is not the work's.
 */
final class OneThreadTiming {

    private static final int WARM_UP_ROUNDS = 20;

    private OneThreadTiming() {}

    /**
     * Answers microseconds per item. {@code work} answers a number derived from its result, summed, so that the JIT
     * cannot drop the work as unused.
     */
    static <T> double microsPerItem(List<T> items, ToLongFunction<T> work) {
        long sink = 0;
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            sink += runAll(items, work);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        sink += runAll(items, work);
        double micros = (threads.getCurrentThreadCpuTime() - start) / 1e3 / items.size();
        if (sink == Long.MIN_VALUE) {
            throw new IllegalStateException("unreachable: keeps the work from being optimised away");
        }
        return micros;
    }

    private static <T> long runAll(List<T> items, ToLongFunction<T> work) {
        long sink = 0;
        for (T item : items) {
            sink += work.applyAsLong(item);
        }
        return sink;
    }
}
