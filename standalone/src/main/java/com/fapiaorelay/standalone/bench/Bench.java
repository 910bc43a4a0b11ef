package com.fapiaorelay.standalone.bench;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.time.BusinessDays;
import com.fapiaorelay.standalone.bench.BenchReport.Percentiles;
import com.fapiaorelay.standalone.stack.DemoInvoices;
import com.fapiaorelay.standalone.stack.EmbeddedStack;
import com.fapiaorelay.standalone.stack.ErpPublisher;
import com.fapiaorelay.standalone.stack.Reports;
import com.fapiaorelay.standalone.stack.Timings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/** The measurements of docs/benchmarks.md, all on one embedded stack. */
public final class Bench {

    private static final int SANDBOX_LATENCY_MS = 20;

    /** The demo's timings with the sandbox answering each batch in 20 ms, and larger batches for throughput. */
    public static final Map<String, String> TIMINGS = Timings.demoWith(Map.of(
            "fapiao.sandbox.batch-latency", SANDBOX_LATENCY_MS + "ms",
            "fapiao.upload.batch-size", "500",
            "fapiao.sync.confirmation.batch-size", "500",
            "fapiao.outbox.batch-size", "1000"));

    private static final int WARM_UP = 5_000;
    private static final int NAIVE_SAMPLE = 300;
    private static final Duration PATIENCE = Duration.ofMinutes(15);

    private final EmbeddedStack stack;
    private final PrintStream out;
    private final DemoInvoices invoices = new DemoInvoices(7, DemoInvoices.runPrefix(), 0, BusinessDays.systemClock());

    private Bench(EmbeddedStack stack, PrintStream out) {
        this.stack = stack;
        this.out = out;
    }

    /**
     * Measures {@code count} invoices at saturation, then {@code offeredPerSecond} for {@code offeredFor}, on a stack
     * started with {@link #TIMINGS}; writes the figures to {@code reportFile} and prints them as a table.
     */
    public static void run(
            EmbeddedStack stack, int count, int offeredPerSecond, Duration offeredFor, Path reportFile, PrintStream out)
            throws InterruptedException, IOException {
        BenchReport report = new Bench(stack, out).measure(count, offeredPerSecond, offeredFor);
        Reports.write(reportFile, report);
        new BenchPrinter(out).print(report);
    }

    private BenchReport measure(int count, int offeredPerSecond, Duration offeredFor) throws InterruptedException {
        try (var resources = new ResourceSampler()) {
            double validationMicros = ValidationTiming.microsPerInvoice(invoices);
            out.printf("validation of a 5-line invoice: %.1f µs%n", validationMicros);
            double ceiling = RawKafkaCeiling.measure(stack.kafkaBootstrapServers(), generate(count));
            out.printf("raw Kafka produce + consume: %.0f/s%n", ceiling);
            double naive = NaiveUploader.measure(stack.sandboxUrl(), generate(NAIVE_SAMPLE));
            out.printf("naive one-call-per-invoice uploader: %.0f/s%n", naive);
            throughRun(WARM_UP, 0);
            out.println("warmed up");
            Run saturation = throughRun(count, 0);
            out.printf(
                    "pipeline at saturation: handed over %.0f/s, upload path (→ UPLOADED) %.0f/s, end to end"
                            + " (→ CONFIRMED) %.0f/s%n",
                    saturation.handedOverPerSecond(), saturation.uploadedPerSecond(), saturation.confirmedPerSecond());
            Run offered = throughRun((int) (offeredPerSecond * offeredFor.toSeconds()), offeredPerSecond);
            out.printf(
                    "pipeline at %d/s offered: p99 to UPLOADED %.0f ms%n",
                    offeredPerSecond, offered.uploaded().p99());
            return new BenchReport(
                    machine(),
                    count,
                    SANDBOX_LATENCY_MS,
                    validationMicros,
                    saturation.handedOverPerSecond(),
                    saturation.uploadedPerSecond(),
                    saturation.confirmedPerSecond(),
                    ceiling,
                    naive,
                    saturation.uploaded(),
                    saturation.confirmed(),
                    offeredPerSecond,
                    offered.uploaded(),
                    offered.confirmed(),
                    resources.peakHeapMiB(),
                    resources.averageCpuCores());
        }
    }

    /**
     * Publishes {@code count} invoices (paced at {@code perSecond}, or flat out at 0) and waits for all CONFIRMED. Each
     * rate runs from the first hand-over to the last invoice handed over, reported UPLOADED, or reported CONFIRMED.
     */
    private Run throughRun(int count, int perSecond) throws InterruptedException {
        try (var watcher = new StatusWatcher(stack.kafkaBootstrapServers());
                var erp = new ErpPublisher(stack.kafkaBootstrapServers())) {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                Invoice invoice = invoices.next();
                watcher.submitted(invoice.key().toString());
                erp.publish(invoice);
                if (perSecond > 0) {
                    LockSupport.parkNanos(start + i * 1_000_000_000L / perSecond - System.nanoTime());
                }
            }
            long handedOver = System.nanoTime();
            awaitConfirmed(watcher, count);
            return new Run(
                    rate(count, start, handedOver),
                    rate(count, start, watcher.lastUploadedNanos()),
                    rate(count, start, watcher.lastConfirmedNanos()),
                    Percentiles.of(watcher.uploaded()),
                    Percentiles.of(watcher.confirmed()));
        }
    }

    private static double rate(int count, long startNanos, long endNanos) {
        return count / ((endNanos - startNanos) / 1e9);
    }

    private void awaitConfirmed(StatusWatcher watcher, int count) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (watcher.confirmed().count() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "only " + watcher.confirmed().count() + " of " + count + " confirmed within " + PATIENCE);
            }
            Thread.sleep(200);
        }
    }

    private List<Invoice> generate(int count) {
        List<Invoice> generated = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            generated.add(invoices.next());
        }
        return generated;
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version") + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB";
    }

    private record Run(
            double handedOverPerSecond,
            double uploadedPerSecond,
            double confirmedPerSecond,
            Percentiles uploaded,
            Percentiles confirmed) {}
}
