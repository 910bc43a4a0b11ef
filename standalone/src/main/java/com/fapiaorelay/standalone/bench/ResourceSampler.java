package com.fapiaorelay.standalone.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/** Samples this JVM's heap every 100 ms for the peak, and its CPU time for the average over the run. */
final class ResourceSampler implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final AtomicLong peakHeap = new AtomicLong();
    private final long startCpu = os.getProcessCpuTime();
    private final long startWall = System.nanoTime();
    private final Thread sampler = new Thread(this::sample, "bench-resource-sampler");
    private volatile boolean running = true;

    ResourceSampler() {
        sampler.setDaemon(true);
        sampler.start();
    }

    long peakHeapMiB() {
        return peakHeap.get() / (1024 * 1024);
    }

    double averageCpuCores() {
        return (double) (os.getProcessCpuTime() - startCpu) / (System.nanoTime() - startWall);
    }

    private void sample() {
        while (running) {
            peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
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
}
