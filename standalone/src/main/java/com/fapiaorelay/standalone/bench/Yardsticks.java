package com.fapiaorelay.standalone.bench;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.standalone.bench.RawKafkaCeiling.Payload;
import com.fapiaorelay.standalone.stack.DemoInvoices;
import com.fapiaorelay.standalone.stack.EmbeddedStack;
import com.fapiaorelay.standalone.stack.ErpPublisher;
import java.io.PrintStream;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What the pipeline is compared with, measured on the bench's own threads of this JVM: validation and Jackson on one
 * thread in CPU time, PostgreSQL's CPU per row written on a scratch table of the stack's server, raw Kafka (its rate,
 * and its broker's and clients' CPU per invoice), the naive uploader.
 */
record Yardsticks(
        double validationMicros,
        double jacksonWriteMicros,
        double jacksonReadMicros,
        PostgresWriteYardstick postgresWrites,
        double rawKafkaPerSecond,
        double rawKafkaCpuMicros,
        double naivePerSecond) {

    /** The thread group the broker's threads run in (the stack names each part's group after it). */
    private static final String KAFKA = "kafka";

    private static final int JACKSON_SAMPLE = 10_000;

    /**
     * Validation on {@code invoices}; Jackson and PostgreSQL's rows on {@code sample}'s events, raw Kafka on {@code
     * records} of them taken in turn; the naive uploader on {@code naive}.
     */
    static Yardsticks measure(
            EmbeddedStack stack,
            CostMeter meter,
            DemoInvoices invoices,
            List<Invoice> sample,
            int records,
            List<Invoice> naive,
            PrintStream out)
            throws SQLException {
        double validationMicros = ValidationTiming.microsPerInvoice(invoices);
        out.printf("validation of a 5-line invoice: %.1f µs%n", validationMicros);
        var jackson = JacksonTiming.measure(sample.subList(0, Math.min(sample.size(), JACKSON_SAMPLE)));
        out.printf("Jackson, submitted event: write %.1f µs, read %.1f µs%n", jackson.write(), jackson.read());
        List<String> events = sample.stream().map(ErpPublisher::event).toList();
        var postgres = PostgresWriteTiming.measure(stack.jdbcUrl("public"), events);
        printPostgres(postgres, out);
        List<Payload> payloads = payloads(sample, events, records);
        RawKafkaCeiling.warmUp(stack.kafkaBootstrapServers(), payloads);
        Usage beforeCeiling = meter.read();
        double ceiling = RawKafkaCeiling.measure(stack.kafkaBootstrapServers(), payloads);
        double kafkaAlone = Cost.of(meter.read().since(beforeCeiling), "invoice", payloads.size())
                .cpuMicrosOf(KAFKA, ThreadCpu.HARNESS);
        out.printf(
                "raw Kafka produce + consume, pre-serialised: %.0f/s, %.0f µs CPU per invoice%n", ceiling, kafkaAlone);
        double naivePerSecond = NaiveUploader.measure(stack.sandboxUrl(), naive);
        out.printf("naive uploader (%s): %.0f/s%n", Bench.NAIVE_MODEL, naivePerSecond);
        return new Yardsticks(
                validationMicros, jackson.write(), jackson.read(), postgres, ceiling, kafkaAlone, naivePerSecond);
    }

    private static void printPostgres(PostgresWriteYardstick postgres, PrintStream out) {
        out.println(
                "PostgreSQL writes, a statement and a commit per batch, µs CPU per row inserted / updated / deleted:");
        out.printf(
                "  rows of %.0f B (an invoice's JSON): %s%n",
                postgres.invoicePayloadBytes(), BenchPrinter.rowCost(postgres, postgres.invoiceRows()));
        out.printf("  rows without it: %s%n", BenchPrinter.rowCost(postgres, postgres.smallRows()));
    }

    /**
     * {@code count} records of {@code sample}'s events in turn, serialised here so that the ceiling times Kafka alone: a
     * default run's 200,000 distinct ones, beside the invoices they came from, took the measured JVM out of its 1 GiB.
     */
    private static List<Payload> payloads(List<Invoice> sample, List<String> events, int count) {
        List<Payload> distinct = IntStream.range(0, sample.size())
                .mapToObj(i -> Payload.of(sample.get(i).key().toString(), events.get(i)))
                .toList();
        return IntStream.range(0, count)
                .mapToObj(i -> distinct.get(i % distinct.size()))
                .toList();
    }
}
