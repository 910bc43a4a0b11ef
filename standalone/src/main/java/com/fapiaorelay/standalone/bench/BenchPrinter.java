package com.fapiaorelay.standalone.bench;

import com.fapiaorelay.standalone.bench.BenchReport.Percentiles;
import com.fapiaorelay.standalone.bench.Cost.ComponentCost;
import com.fapiaorelay.standalone.bench.PostgresWriteYardstick.RowCost;
import java.io.PrintStream;

/** Prints a bench run as the tables docs/benchmarks.md records: the cost per invoice first, then rates and latencies. */
final class BenchPrinter {

    private final PrintStream out;

    BenchPrinter(PrintStream out) {
        this.out = out;
    }

    void print(BenchReport report) {
        out.println();
        out.println("machine: " + report.machine());
        printCost(report.saturationCost(), report.idleCost(), report.pipelineCpuMicrosPerInvoiceNetOfIdle());
        printFloor(report.architectureFloor());
        out.println();
        printRates(report);
        out.println("report: data/bench-report.json");
    }

    private void printCost(Cost saturation, Cost idle, double netOfIdle) {
        out.printf(
                "%ncost at saturation, %.0f invoices in %.1f s; idle over %.0f s%n",
                saturation.units(), saturation.seconds(), idle.seconds());
        out.printf(
                "| component | CPU µs per invoice | cores at saturation | cores idle | heap bytes allocated per invoice |"
                        + "%n|---|---|---|---|---|%n");
        for (ComponentCost component : saturation.components()) {
            out.printf(
                    "| %s | %.0f | %.2f | %.3f | %s |%n",
                    component.component(),
                    component.cpuMicros(),
                    component.cores(),
                    idle.coresOf(component.component()),
                    component.allocatedBytes() > 0 ? String.format("%,.0f", component.allocatedBytes()) : "");
        }
        out.printf(
                "| **pipeline** (all but the harness) | **%.0f** (%.0f net of idle) | %.2f | %.3f | %,.0f |%n",
                saturation.pipelineCpuMicros(),
                netOfIdle,
                saturation.pipelineCores(),
                idle.pipelineCores(),
                saturation.pipelineAllocatedBytes());
        printWrites(saturation, idle);
    }

    private void printWrites(Cost saturation, Cost idle) {
        out.printf(
                "| garbage collections over the stretch | %d, %d ms | | %d, %d ms | |%n",
                saturation.gcCollections(), saturation.gcMillis(), idle.gcCollections(), idle.gcMillis());
        out.printf(
                "| Kafka: records, bytes appended per invoice | %.2f, %.0f B | | %.1f records/s, %.0f B/s | |%n",
                saturation.kafkaRecords(), saturation.kafkaBytes(), idle.kafkaRecords(), idle.kafkaBytes());
        out.printf(
                "| PostgreSQL: rows written, commits, WAL per invoice | %.2f, %.2f, %.0f B | | %.1f rows/s, %.1f"
                        + " commits/s, %.0f B/s | |%n",
                saturation.postgresRows(),
                saturation.postgresCommits(),
                saturation.walBytes(),
                idle.postgresRows(),
                idle.postgresCommits(),
                idle.walBytes());
        saturation
                .kafkaBytesByTopic()
                .forEach((topic, bytes) -> out.printf("  Kafka %s: %.0f B per invoice%n", topic, bytes));
        printPostgres(saturation);
    }

    private void printPostgres(Cost saturation) {
        out.printf("%n| PostgreSQL table | rows inserted / updated / deleted per invoice |%n|---|---|%n");
        saturation
                .postgresRowsByTable()
                .forEach((table, rows) -> out.printf(
                        "| %s | %.2f / %.2f / %.2f |%n", table, rows.inserted(), rows.updated(), rows.deleted()));
        if (saturation.postgresStatements().isEmpty()) {
            out.println("(no statements counted: pg_stat_statements is not loaded)");
            return;
        }
        out.printf("%n| statement (by execution time) | calls / rows per invoice | µs per invoice |%n|---|---|---|%n");
        saturation
                .postgresStatements()
                .forEach((query, calls) -> out.printf(
                        "| `%s` | %.3f / %.2f | %.0f |%n", query, calls.calls(), calls.rows(), calls.millis() * 1e3));
    }

    /** One shape of row's prices by batch size, and the split they give, each as inserted / updated / deleted. */
    static String rowCost(PostgresWriteYardstick postgres, RowCost cost) {
        return String.format(
                "%,d rows in batches of %d %s, of %d %s; a statement with its commit %s, a row alone %s",
                cost.rowsPerPass(),
                postgres.batch(),
                kinds(cost.inBatches()),
                postgres.largeBatch(),
                kinds(cost.inLargeBatches()),
                kinds(cost.perStatementAndCommit()),
                kinds(cost.rowAlone()));
    }

    private static String kinds(RowMicros micros) {
        return String.format("%.1f / %.1f / %.1f µs", micros.inserted(), micros.updated(), micros.deleted());
    }

    private void printFloor(ArchitectureFloor floor) {
        out.printf(
                "%narchitecture floor, a lower bound of the writes' and crossings' CPU, not a prediction: %.0f µs per"
                        + " invoice; the pipeline %.0f (%.0f net of idle), of which %.0f (%.0f) is the implementation"
                        + " around them%n",
                floor.totalMicros(),
                floor.pipelineMicros(),
                floor.pipelineMicrosNetOfIdle(),
                floor.pipelineMicros() - floor.totalMicros(),
                floor.pipelineMicrosNetOfIdle() - floor.totalMicros());
        out.printf(
                "  PostgreSQL %.0f µs: %.2f rows at a row's own price without the JSON, %.2f commits at a statement's"
                        + " with its commit (%.0f µs as rows with the JSON in batches of the pipeline's size)%n",
                floor.postgresMicros(),
                floor.postgresRows(),
                floor.postgresCommits(),
                floor.postgresMicrosAsInvoiceRowsInBatches());
        out.printf(
                "  Kafka %.0f µs: %.2f records at raw Kafka's price (its pass's client start-up included, so not a"
                        + " bound: compare the kafka row); Jackson %.0f µs: %d invoice documents read, %d written, at the"
                        + " submitted event's price%n",
                floor.kafkaMicros(),
                floor.kafkaRecords(),
                floor.jacksonMicros(),
                floor.jacksonReads(),
                floor.jacksonWrites());
    }

    private void printRates(BenchReport report) {
        out.printf("| measure | value |%n|---|---|%n");
        out.printf(
                "| hand-over to Kafka by the bench, %d invoices | %.0f/s |%n",
                report.invoices(), report.handedOverPerSecond());
        out.printf("| upload path, submitted → UPLOADED | %.0f/s |%n", report.uploadPathPerSecond());
        out.printf("| pipeline, submitted → CONFIRMED | %.0f/s |%n", report.pipelinePerSecond());
        out.printf(
                "| raw Kafka produce + consume, pre-serialised, no parsing (ceiling) | %.0f/s |%n",
                report.rawKafkaPerSecond());
        out.printf(
                "| validation of a 5-line invoice, one thread, CPU time | %.1f µs |%n",
                report.validationMicrosPerInvoice());
        out.printf(
                "| Jackson per submitted event, write / read, one thread, CPU time | %.1f / %.1f µs |%n",
                report.jacksonWriteMicrosPerInvoice(), report.jacksonReadMicrosPerInvoice());
        printPostgresWrites(report.postgresWriteMicrosPerRow());
        out.printf(
                "| architecture floor (writes and crossings at the yardsticks' prices) / pipeline, CPU per invoice |"
                        + " %.0f / %.0f µs |%n",
                report.architectureFloor().totalMicros(),
                report.architectureFloor().pipelineMicros());
        out.printf("| naive uploader (%s) | %.0f/s |%n", report.naiveUploaderModel(), report.naiveUploaderPerSecond());
        out.printf("| pipeline / raw Kafka | %.2f |%n", report.pipelinePerSecond() / report.rawKafkaPerSecond());
        out.printf(
                "| pipeline / naive uploader (%s) | %.1f× |%n",
                report.naiveUploaderModel(), report.pipelinePerSecond() / report.naiveUploaderPerSecond());
        row("saturation, submitted → UPLOADED", report.saturationUploaded());
        row("saturation, submitted → CONFIRMED", report.saturationConfirmed());
        row(report.offeredPerSecond() + "/s offered, submitted → UPLOADED", report.offeredUploaded());
        row(report.offeredPerSecond() + "/s offered, submitted → CONFIRMED", report.offeredConfirmed());
        out.printf(
                "| peak heap: used, left after a collection | %d MiB, %d MiB |%n",
                report.peakHeapMiB(), report.peakHeapAfterCollectionMiB());
        out.printf(
                "| garbage collection, whole run | %d collections, %d ms |%n",
                report.gcCollections(), report.gcMillis());
    }

    private void printPostgresWrites(PostgresWriteYardstick postgres) {
        String measure = "| PostgreSQL CPU per row inserted / updated / deleted, a statement and a commit per batch, ";
        out.printf(
                measure + "rows of %.0f B | %s |%n",
                postgres.invoicePayloadBytes(),
                rowCost(postgres, postgres.invoiceRows()));
        out.printf(measure + "rows without the JSON | %s |%n", rowCost(postgres, postgres.smallRows()));
    }

    private void row(String name, Percentiles p) {
        out.printf("| %s, p50 / p95 / p99 | %.0f / %.0f / %.0f ms |%n", name, p.p50(), p.p95(), p.p99());
    }
}
