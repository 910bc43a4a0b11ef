package com.fapiaorelay.standalone.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Samples this JVM every 100 ms: its heap, for the peak, and its threads' CPU (the parts' and the JVM's own), so that
 * threads ending between two readings of the cost keep what they spent. Also reads the collectors' time over the run,
 * and the heap left after each collection: under a bounded heap the peak used only says how far the collector let the
 * heap fill. The peak after a collection bounds the live heap from above, not more: G1's young collections leave the
 * old generation's garbage in place (785 MiB read here where a full collection found 244 MB, docs/benchmarks.md).
 */
final class ResourceSampler implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final ThreadCpu threads;
    private final JvmThreads jvm;
    private final AtomicLong peakHeap = new AtomicLong();
    private final AtomicLong peakHeapAfterCollection = new AtomicLong();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private final NotificationListener afterCollection = this::afterCollection;
    private final Garbage startGarbage = Garbage.collected();
    private final Thread sampler = new Thread(this::sample, "bench-resource-sampler");
    private volatile boolean running = true;

    ResourceSampler(ThreadCpu threads, JvmThreads jvm) {
        this.threads = threads;
        this.jvm = jvm;
        sampler.setDaemon(true);
        sampler.start();
        collectors().forEach(collector -> collector.addNotificationListener(afterCollection, null, null));
    }

    long peakHeapMiB() {
        return peakHeap.get() / (1024 * 1024);
    }

    long peakHeapAfterCollectionMiB() {
        return peakHeapAfterCollection.get() / (1024 * 1024);
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

    private void afterCollection(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        Map<String, MemoryUsage> pools = GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData())
                .getGcInfo()
                .getMemoryUsageAfterGc();
        long heap = pools.entrySet().stream()
                .filter(pool -> heapPools.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed())
                .sum();
        peakHeapAfterCollection.accumulateAndGet(heap, Math::max);
    }

    private static List<NotificationEmitter> collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(NotificationEmitter.class::cast)
                .toList();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        for (NotificationEmitter collector : collectors()) {
            try {
                collector.removeNotificationListener(afterCollection);
            } catch (ListenerNotFoundException e) {
                // not registered: nothing to remove
            }
        }
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
