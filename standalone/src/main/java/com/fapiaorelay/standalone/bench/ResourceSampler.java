package com.fapiaorelay.standalone.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples this JVM every 100 ms: its heap, for the peak, and its threads' CPU (the parts' and the JVM's own), so that
 * threads ending between two readings of the cost keep what they spent. Also reads the collectors' time over the run.
 */
final class ResourceSampler implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final ThreadCpu threads;
    private final JvmThreads jvm;
    private final AtomicLong peakHeap = new AtomicLong();
    private final Garbage startGarbage = Garbage.collected();
    private final Thread sampler = new Thread(this::sample, "bench-resource-sampler");
    private volatile boolean running = true;

    ResourceSampler(ThreadCpu threads, JvmThreads jvm) {
        this.threads = threads;
        this.jvm = jvm;
        sampler.setDaemon(true);
        sampler.start();
    }

    long peakHeapMiB() {
        return peakHeap.get() / (1024 * 1024);
    }

    /** Collections and the time they took since the sampler started. */
    Garbage garbage() {
        return Garbage.collected().minus(startGarbage);
    }

    private void sample() {
        while (running) {
            peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            threads.sample();
            jvm.sample();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }

    /** Garbage collections of every collector, and the milliseconds they took (pauses and concurrent cycles). */
    record Garbage(long collections, long millis) {

        static Garbage collected() {
            long collections = 0;
            long millis = 0;
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                collections += Math.max(0, collector.getCollectionCount());
                millis += Math.max(0, collector.getCollectionTime());
            }
            return new Garbage(collections, millis);
        }

        Garbage minus(Garbage earlier) {
            return new Garbage(collections - earlier.collections, millis - earlier.millis);
        }
    }
}
