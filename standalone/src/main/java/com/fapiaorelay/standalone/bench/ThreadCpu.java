package com.fapiaorelay.standalone.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU of this JVM's threads, and the bytes they allocated on the heap, summed per part of the embedded stack. Each part starts in a thread group of its own,
 * a child of the bench's group, which the part's threads inherit; the bench's own threads sit in its group (the
 * harness), the JVM's in the groups above. Threads that end keep the CPU and bytes last read for them, so sampling
 * often loses little of short-lived threads.
 */
final class ThreadCpu {

    static final String HARNESS = "harness";
    static final String JVM = "jvm";

    private final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final ThreadGroup bench = Thread.currentThread().getThreadGroup();
    private final Map<Long, Counted> seen = new HashMap<>();

    /** Reads every live thread's CPU and allocated bytes. */
    synchronized void sample() {
        for (Thread thread : live()) {
            long cpu = threads.getThreadCpuTime(thread.getId());
            ThreadGroup group = thread.getThreadGroup();
            if (cpu >= 0 && group != null) {
                Counted counted = seen.computeIfAbsent(thread.getId(), id -> new Counted(component(group, bench)));
                counted.nanos = cpu;
                counted.bytes = Math.max(counted.bytes, threads.getThreadAllocatedBytes(thread.getId()));
            }
        }
    }

    /** CPU nanoseconds per part since the JVM started, of every thread seen. */
    synchronized Map<String, Long> byComponent() {
        sample();
        Map<String, Long> cpu = new TreeMap<>();
        seen.values().forEach(counted -> cpu.merge(counted.component, counted.nanos, Long::sum));
        return cpu;
    }

    /** Bytes allocated per part since the JVM started, of every thread seen, as of the last {@link #sample}. */
    synchronized Map<String, Long> allocatedBytesByComponent() {
        Map<String, Long> bytes = new TreeMap<>();
        seen.values().forEach(counted -> bytes.merge(counted.component, counted.bytes, Long::sum));
        return bytes;
    }

    /** The part a thread of {@code group} works for: the group's ancestor just below {@code bench}. */
    static String component(ThreadGroup group, ThreadGroup bench) {
        ThreadGroup part = group;
        while (part.getParent() != null && part.getParent() != bench) {
            part = part.getParent();
        }
        if (part.getParent() == bench) {
            return part.getName();
        }
        return group == bench ? HARNESS : JVM;
    }

    private static Thread[] live() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] live = new Thread[root.activeCount() * 2 + 16];
        int count;
        while ((count = root.enumerate(live, true)) == live.length) {
            live = new Thread[live.length * 2];
        }
        return Arrays.copyOf(live, count);
    }

    private static final class Counted {
        private final String component;
        private long nanos;
        private long bytes;

        Counted(String component) {
            this.component = component;
        }
    }
}
