package com.fapiaorelay.standalone.bench;

import com.fapiaorelay.standalone.bench.BenchReport.Percentiles;
import java.io.PrintStream;

/** Prints a bench run as the table docs/benchmarks.md records. */
final class BenchPrinter {

    private final PrintStream out;

    BenchPrinter(PrintStream out) {
        this.out = out;
    }

    void print(BenchReport report) {
        out.println();
        out.println("machine: " + report.machine());
        out.printf("| measure | value |%n|---|---|%n");
        out.printf(
                "| hand-over to Kafka by the bench, %d invoices | %.0f/s |%n",
                report.invoices(), report.handedOverPerSecond());
        out.printf("| upload path, submitted → UPLOADED | %.0f/s |%n", report.uploadPathPerSecond());
        out.printf("| pipeline, submitted → CONFIRMED | %.0f/s |%n", report.pipelinePerSecond());
        out.printf("| raw Kafka produce + consume (ceiling) | %.0f/s |%n", report.rawKafkaPerSecond());
        out.printf("| naive uploader, one call per invoice | %.0f/s |%n", report.naiveUploaderPerSecond());
        out.printf("| pipeline / raw Kafka | %.2f |%n", report.pipelinePerSecond() / report.rawKafkaPerSecond());
        out.printf(
                "| pipeline / naive uploader | %.1f× |%n",
                report.pipelinePerSecond() / report.naiveUploaderPerSecond());
        row("saturation, submitted → UPLOADED", report.saturationUploaded());
        row("saturation, submitted → CONFIRMED", report.saturationConfirmed());
        row(report.offeredPerSecond() + "/s offered, submitted → UPLOADED", report.offeredUploaded());
        row(report.offeredPerSecond() + "/s offered, submitted → CONFIRMED", report.offeredConfirmed());
        out.printf("| peak heap | %d MiB |%n", report.peakHeapMiB());
        out.printf("| average CPU | %.2f cores |%n", report.averageCpuCores());
        out.println("report: data/bench-report.json");
    }

    private void row(String name, Percentiles p) {
        out.printf("| %s, p50 / p95 / p99 | %.0f / %.0f / %.0f ms |%n", name, p.p50(), p.p95(), p.p99());
    }
}
