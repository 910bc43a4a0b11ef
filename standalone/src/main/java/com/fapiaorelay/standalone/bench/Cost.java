package com.fapiaorelay.standalone.bench;

import com.fapiaorelay.standalone.bench.KafkaTraffic.Appended;
import com.fapiaorelay.standalone.bench.PostgresProbe.Rows;
import com.fapiaorelay.standalone.bench.PostgresStatements.Calls;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What a stretch of the run cost per unit of work: per invoice at saturation, per second when idle. CPU in
 * microseconds per unit and in cores (CPU time over wall time), and heap bytes allocated per unit, of every component
 * and of the pipeline (every component but the bench's harness); the garbage collections over the stretch; Kafka
 * records and bytes appended; PostgreSQL rows inserted, updated or deleted per table, transactions committed, WAL
 * bytes written, and its busiest statements by execution time.
 */
record Cost(
        String per,
        double units,
        double seconds,
        List<ComponentCost> components,
        double cpuMicros,
        double cores,
        double pipelineCpuMicros,
        double pipelineCores,
        double pipelineAllocatedBytes,
        long gcCollections,
        long gcMillis,
        double kafkaRecords,
        double kafkaBytes,
        Map<String, Double> kafkaBytesByTopic,
        double postgresRows,
        Map<String, Rows> postgresRowsByTable,
        double postgresCommits,
        double walBytes,
        Map<String, Calls> postgresStatements) {

    /** How many statements, those that took the most execution time, a cost keeps. */
    static final int STATEMENTS = 15;

    /** One component's CPU, microseconds per unit and cores, and the heap bytes its threads allocated per unit. */
    record ComponentCost(String component, double cpuMicros, double cores, double allocatedBytes) {}

    /** {@code spent} divided by {@code units} (invoices, or seconds) of work. */
    static Cost of(Usage spent, String per, double units) {
        double seconds = spent.wallNanos() / 1e9;
        long cpuNanos = sum(spent.cpuNanos());
        long pipelineNanos = cpuNanos - spent.cpuNanos().getOrDefault(ThreadCpu.HARNESS, 0L);
        long pipelineBytes =
                sum(spent.allocatedBytes()) - spent.allocatedBytes().getOrDefault(ThreadCpu.HARNESS, 0L);
        Appended kafka = spent.kafka().values().stream().reduce(new Appended(0, 0), Appended::plus);
        return new Cost(
                per,
                units,
                seconds,
                components(spent, units, seconds),
                cpuNanos / 1e3 / units,
                cpuNanos / 1e9 / seconds,
                pipelineNanos / 1e3 / units,
                pipelineNanos / 1e9 / seconds,
                pipelineBytes / units,
                spent.garbage().collections(),
                spent.garbage().millis(),
                kafka.records() / units,
                kafka.bytes() / units,
                perUnit(spent.kafka(), appended -> appended.bytes() / units),
                spent.postgres().rows() / units,
                perUnit(spent.postgres().tables(), rows -> rows.per(units)),
                spent.postgres().commits() / units,
                spent.postgres().walBytes() / units,
                busiest(spent.postgres().statements(), units));
    }

    /** The pipeline's CPU per unit less what the idle stack spends in as long as this stretch took. */
    double pipelineCpuMicrosNetOf(Cost idle) {
        return pipelineCpuMicros - idle.pipelineCores * seconds * 1e6 / units;
    }

    /** CPU per unit of {@code components} together, 0 for one that spent nothing. */
    double cpuMicrosOf(String... components) {
        List<String> named = List.of(components);
        return this.components.stream()
                .filter(c -> named.contains(c.component()))
                .mapToDouble(ComponentCost::cpuMicros)
                .sum();
    }

    /** The CPU cores {@code component} kept busy, 0 when it spent nothing. */
    double coresOf(String component) {
        return components.stream()
                .filter(c -> c.component().equals(component))
                .mapToDouble(ComponentCost::cores)
                .findFirst()
                .orElse(0);
    }

    private static List<ComponentCost> components(Usage spent, double units, double seconds) {
        return spent.cpuNanos().entrySet().stream()
                .map(cpu -> new ComponentCost(
                        cpu.getKey(),
                        cpu.getValue() / 1e3 / units,
                        cpu.getValue() / 1e9 / seconds,
                        spent.allocatedBytes().getOrDefault(cpu.getKey(), 0L) / units))
                .sorted(Comparator.comparingDouble(ComponentCost::cpuMicros).reversed())
                .toList();
    }

    private static <T, R> Map<String, R> perUnit(Map<String, T> counts, Function<T, R> divided) {
        Map<String, R> perUnit = new TreeMap<>();
        counts.forEach((name, count) -> perUnit.put(name, divided.apply(count)));
        return perUnit;
    }

    /** The {@link #STATEMENTS} that took the most execution time, the busiest first. */
    private static Map<String, Calls> busiest(Map<String, Calls> statements, double units) {
        Map<String, Calls> busiest = new LinkedHashMap<>();
        statements.entrySet().stream()
                .sorted(Comparator.comparingDouble(
                                (Map.Entry<String, Calls> s) -> s.getValue().millis())
                        .reversed())
                .limit(STATEMENTS)
                .forEach(s -> busiest.put(s.getKey(), s.getValue().per(units)));
        return busiest;
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
