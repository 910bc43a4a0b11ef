package com.fapiaorelay.standalone.bench;

import com.fapiaorelay.standalone.bench.KafkaTraffic.Appended;
import com.fapiaorelay.standalone.bench.PostgresProbe.Writes;
import com.fapiaorelay.standalone.bench.ResourceSampler.Garbage;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counters of what the stack has spent, read at one moment: CPU nanoseconds and heap bytes allocated per component,
 * the garbage collections, what the broker appended per topic, and PostgreSQL's work. Two readings give what a
 * stretch of the run spent.
 */
record Usage(
        long wallNanos,
        Map<String, Long> cpuNanos,
        Map<String, Long> allocatedBytes,
        Garbage garbage,
        Map<String, Appended> kafka,
        Writes postgres) {

    /** The same reading with PostgreSQL's writes read later, once its backends have reported them. */
    Usage withPostgres(Writes later) {
        return new Usage(wallNanos, cpuNanos, allocatedBytes, garbage, kafka, later);
    }

    /** The same reading with {@code nanos} more CPU for the harness: the feed process's, which ran apart. */
    Usage plusHarness(long nanos) {
        Map<String, Long> cpu = new TreeMap<>(cpuNanos);
        cpu.merge(ThreadCpu.HARNESS, nanos, Long::sum);
        return new Usage(wallNanos, cpu, allocatedBytes, garbage, kafka, postgres);
    }

    /** What was spent from {@code earlier} to this reading. */
    Usage since(Usage earlier) {
        return new Usage(
                wallNanos - earlier.wallNanos,
                minus(cpuNanos, earlier.cpuNanos),
                minus(allocatedBytes, earlier.allocatedBytes),
                garbage.minus(earlier.garbage),
                KafkaTraffic.between(earlier.kafka, kafka),
                postgres.minus(earlier.postgres));
    }

    private static Map<String, Long> minus(Map<String, Long> later, Map<String, Long> earlier) {
        Map<String, Long> spent = new TreeMap<>();
        later.forEach((component, count) -> spent.put(component, count - earlier.getOrDefault(component, 0L)));
        return spent;
    }
}
