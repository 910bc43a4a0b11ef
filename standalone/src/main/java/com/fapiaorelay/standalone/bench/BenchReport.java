package com.fapiaorelay.standalone.bench;

/**
 * One bench run's figures: validation and Jackson in microseconds per 5-line invoice on one thread, throughputs in
 * invoices per second, latencies in milliseconds from hand-over to the status event, heap in MiB (the peak used, and the peak
 * left after a collection), garbage collection
 * over the whole run. The upload path runs to UPLOADED (the tax interface accepted the invoice), the pipeline on to
 * CONFIRMED (sync-service saw it in the tax system). The costs are per invoice at saturation and per second idle;
 * raw Kafka's CPU per invoice is the broker's and its clients' while the ceiling is measured; PostgreSQL's writes are
 * its processes' CPU per row on a scratch table; the architecture's floor prices this run's writes and crossings at
 * these yardsticks.
 */
record BenchReport(
        String machine,
        int invoices,
        int sandboxBatchLatencyMs,
        double validationMicrosPerInvoice,
        double jacksonWriteMicrosPerInvoice,
        double jacksonReadMicrosPerInvoice,
        PostgresWriteYardstick postgresWriteMicrosPerRow,
        double handedOverPerSecond,
        double uploadPathPerSecond,
        double pipelinePerSecond,
        double rawKafkaPerSecond,
        double rawKafkaCpuMicrosPerInvoice,
        double naiveUploaderPerSecond,
        String naiveUploaderModel,
        Percentiles saturationUploaded,
        Percentiles saturationConfirmed,
        int offeredPerSecond,
        Percentiles offeredUploaded,
        Percentiles offeredConfirmed,
        Cost saturationCost,
        Cost idleCost,
        double pipelineCpuMicrosPerInvoiceNetOfIdle,
        ArchitectureFloor architectureFloor,
        long peakHeapMiB,
        long peakHeapAfterCollectionMiB,
        long gcCollections,
        long gcMillis) {

    /** p50, p95 and p99 of a set of latencies, with how many were measured. */
    record Percentiles(int count, double p50, double p95, double p99) {

        static Percentiles of(Latencies latencies) {
            return new Percentiles(
                    latencies.count(),
                    latencies.percentileMillis(50),
                    latencies.percentileMillis(95),
                    latencies.percentileMillis(99));
        }
    }
}
