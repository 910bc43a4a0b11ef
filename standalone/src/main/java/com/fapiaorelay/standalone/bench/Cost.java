package com.fapiaorelay.standalone.bench;

import com.fapiaorelay.standalone.bench.KafkaTraffic.Appended;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a stretch of the run cost per unit of work: per invoice at saturation, per second when idle. CPU in
 * microseconds per unit and in cores (CPU time over wall time), of every component and of the pipeline (every
 * component but the bench's harness); Kafka records and bytes appended; PostgreSQL rows inserted, updated or deleted,
 * transactions committed and WAL bytes written.
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
        double kafkaRecords,
        double kafkaBytes,
        Map<String, Double> kafkaBytesByTopic,
        double postgresRows,
        double postgresCommits,
        double walBytes) {

    /** One component's CPU: microseconds per unit and cores. */
    record ComponentCost(String component, double cpuMicros, double cores) {}

    /** {@code spent} divided by {@code units} (invoices, or seconds) of work. */
    static Cost of(Usage spent, String per, double units) {
        double seconds = spent.wallNanos() / 1e9;
        List<ComponentCost> components = spent.cpuNanos().entrySet().stream()
                .map(cpu ->
                        new ComponentCost(cpu.getKey(), cpu.getValue() / 1e3 / units, cpu.getValue() / 1e9 / seconds))
                .sorted(Comparator.comparingDouble(ComponentCost::cpuMicros).reversed())
                .toList();
        long cpuNanos =
                spent.cpuNanos().values().stream().mapToLong(Long::longValue).sum();
        long pipelineNanos = cpuNanos - spent.cpuNanos().getOrDefault(ThreadCpu.HARNESS, 0L);
        Appended kafka = spent.kafka().values().stream().reduce(new Appended(0, 0), Appended::plus);
        Map<String, Double> byTopic = new TreeMap<>();
        spent.kafka().forEach((topic, appended) -> byTopic.put(topic, appended.bytes() / units));
        return new Cost(
                per,
                units,
                seconds,
                components,
                cpuNanos / 1e3 / units,
                cpuNanos / 1e9 / seconds,
                pipelineNanos / 1e3 / units,
                pipelineNanos / 1e9 / seconds,
                kafka.records() / units,
                kafka.bytes() / units,
                byTopic,
                spent.postgres().rows() / units,
                spent.postgres().commits() / units,
                spent.postgres().walBytes() / units);
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
}
