package com.fapiaorelay.standalone.bench;

import com.fapiaorelay.standalone.bench.KafkaTraffic.Appended;
import com.fapiaorelay.standalone.bench.PostgresProbe.Writes;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counters of what the stack has spent, read at one moment: CPU nanoseconds per component, what the broker appended
 * per topic, and PostgreSQL's writes. Two readings give what a stretch of the run spent.
 */
record Usage(long wallNanos, Map<String, Long> cpuNanos, Map<String, Appended> kafka, Writes postgres) {

    /** The same reading with PostgreSQL's writes read later, once its backends have reported them. */
    Usage withPostgres(Writes later) {
        return new Usage(wallNanos, cpuNanos, kafka, later);
    }

    /** The same reading with {@code nanos} more CPU for the harness: the feed process's, which ran apart. */
    Usage plusHarness(long nanos) {
        Map<String, Long> cpu = new TreeMap<>(cpuNanos);
        cpu.merge(ThreadCpu.HARNESS, nanos, Long::sum);
        return new Usage(wallNanos, cpu, kafka, postgres);
    }

    /** What was spent from {@code earlier} to this reading. */
    Usage since(Usage earlier) {
        Map<String, Long> cpu = new TreeMap<>();
        cpuNanos.forEach(
                (component, nanos) -> cpu.put(component, nanos - earlier.cpuNanos.getOrDefault(component, 0L)));
        return new Usage(
                wallNanos - earlier.wallNanos,
                cpu,
                KafkaTraffic.between(earlier.kafka, kafka),
                postgres.minus(earlier.postgres));
    }
}
