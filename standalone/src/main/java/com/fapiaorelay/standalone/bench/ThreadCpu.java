package com.fapiaorelay.standalone.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU of this JVM's threads, summed per part of the embedded stack. Each part starts in a thread group of its own,
 * a child of the bench's group, which the part's threads inherit; the bench's own threads sit in its group (the
 * harness), the JVM's in the groups above. Threads that end keep the CPU last read for them, so sampling often
 * loses little of short-lived threads.
 */
final class ThreadCpu {

    static final String HARNESS = "harness";
    static final String JVM = "jvm";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final ThreadGroup bench = Thread.currentThread().getThreadGroup();
    private final Map<Long, Counted> seen = new HashMap<>();

    /** Reads every live thread's CPU. */
    synchronized void sample() {
        for (Thread thread : live()) {
            long cpu = threads.getThreadCpuTime(thread.getId());
            ThreadGroup group = thread.getThreadGroup();
            if (cpu >= 0 && group != null) {
                seen.computeIfAbsent(thread.getId(), id -> new Counted(component(group, bench))).nanos = cpu;
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

        Counted(String component) {
            this.component = component;
        }
    }
}
