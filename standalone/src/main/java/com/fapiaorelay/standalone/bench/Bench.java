package com.fapiaorelay.standalone.bench;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.time.BusinessDays;
import com.fapiaorelay.standalone.bench.Feed.Run;
import com.fapiaorelay.standalone.stack.DemoInvoices;
import com.fapiaorelay.standalone.stack.EmbeddedStack;
import com.fapiaorelay.standalone.stack.Reports;
import com.fapiaorelay.standalone.stack.StackSettings;
import com.fapiaorelay.standalone.stack.Timings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The measurements of docs/benchmarks.md, all on one embedded stack in this JVM; the invoices come from, and their
 * statuses are watched by, a {@link Feed} in a process of its own, the same one for the warm-up and the measured runs.
 */
public final class Bench {

    private static final int SANDBOX_LATENCY_MS = 20;

    /**
     * The demo's timings (seconds instead of hours) with the sandbox answering each batch in 20 ms; batch sizes and
     * everything else as a user gets them, so that the cost measured is the defaults'.
     */
    public static final Map<String, String> TIMINGS =
            Timings.demoWith(Map.of("fapiao.sandbox.batch-latency", SANDBOX_LATENCY_MS + "ms"));

    static final String NAIVE_MODEL = "one thread, one synchronous HTTP call per invoice, the sandbox answering each"
            + " call after " + SANDBOX_LATENCY_MS + " ms";

    private static final int NAIVE_SAMPLE = 300;

    /** Longer than PostgreSQL 15's PGSTAT_IDLE_INTERVAL, after which idle backends have reported their writes. */
    private static final Duration SETTLE = Duration.ofSeconds(11);

    private final EmbeddedStack stack;
    private final PrintStream out;
    private final DemoInvoices invoices = new DemoInvoices(7, DemoInvoices.runPrefix(), 0, BusinessDays.systemClock());

    private Bench(EmbeddedStack stack, PrintStream out) {
        this.stack = stack;
        this.out = out;
    }

    /** A stack on temporary storage with {@code overrides}, its PostgreSQL counting statements for the bench. */
    public static StackSettings settings(Map<String, String> overrides) {
        return StackSettings.ephemeral(overrides).withPostgresConfig(PostgresStatements.SERVER_CONFIG);
    }

    /**
     * How long each run lasts: {@code warmUp} invoices through the pipeline first, {@code count} invoices at
     * saturation, the paced run, the idle stretch.
     */
    public record Plan(int warmUp, int count, int offeredPerSecond, Duration offeredFor, Duration idleFor) {}

    /**
     * Measures {@code plan}'s runs on a stack started with {@link #TIMINGS}; writes the figures to {@code reportFile}
     * and prints them as tables.
     */
    public static void run(EmbeddedStack stack, Plan plan, Path reportFile, PrintStream out)
            throws InterruptedException, IOException, SQLException {
        BenchReport report = new Bench(stack, out).measure(plan);
        Reports.write(reportFile, report);
        new BenchPrinter(out).print(report);
    }

    private BenchReport measure(Plan plan) throws InterruptedException, SQLException, IOException {
        var threads = new ThreadCpu();
        var jvm = new JvmThreads();
        try (var resources = new ResourceSampler(threads, jvm);
                var meter = new CostMeter(threads, jvm, stack.jdbcUrl("public"));
                var feed = FeedProcess.start(stack.kafkaBootstrapServers())) {
            Yardsticks yardsticks = Yardsticks.measure(
                    stack,
                    meter,
                    invoices,
                    generate(Math.min(plan.count(), PostgresWriteTiming.INVOICE_ROWS)),
                    plan.count(),
                    generate(NAIVE_SAMPLE),
                    out);
            feed.run(plan.warmUp(), 0);
            out.println("warmed up, the feed's JVM with the pipeline");
            Cost idle = idle(meter, plan.idleFor());
            out.printf("idle stack: %.3f cores%n", idle.pipelineCores());
            Saturation saturation = saturation(feed, meter, plan.count());
            Run offered =
                    feed.run((int) (plan.offeredPerSecond() * plan.offeredFor().toSeconds()), plan.offeredPerSecond());
            out.printf(
                    "pipeline at %d/s offered: p99 to UPLOADED %.0f ms%n",
                    plan.offeredPerSecond(), offered.uploaded().p99());
            return report(plan, yardsticks, saturation, idle, offered, resources);
        }
    }

    /**
     * {@code count} invoices flat out, measured from the moment the warm feed has its events ready until it read the
     * last CONFIRMED; PostgreSQL's rows read once its backends have reported them.
     */
    private Saturation saturation(FeedProcess feed, CostMeter meter, int count) throws InterruptedException {
        feed.prepare(count, 0);
        Usage start = meter.read();
        Run run = feed.go();
        Usage end = meter.read().plusHarness(run.cpuNanos());
        Thread.sleep(SETTLE.toMillis());
        Cost cost = Cost.of(end.withPostgres(meter.postgresWrites()).since(start), "invoice", count);
        out.printf(
                "pipeline at saturation: handed over %.0f/s, upload path (→ UPLOADED) %.0f/s, end to end"
                        + " (→ CONFIRMED) %.0f/s, %.0f µs CPU per invoice%n",
                run.handedOverPerSecond(), run.uploadedPerSecond(), run.confirmedPerSecond(), cost.pipelineCpuMicros());
        return new Saturation(run, cost);
    }

    private record Saturation(Run run, Cost cost) {}

    private BenchReport report(
            Plan plan,
            Yardsticks yardsticks,
            Saturation saturation,
            Cost idle,
            Run offered,
            ResourceSampler resources) {
        var garbage = resources.garbage();
        Run run = saturation.run();
        double netOfIdle = saturation.cost().pipelineCpuMicrosNetOf(idle);
        return new BenchReport(
                machine(),
                plan.count(),
                SANDBOX_LATENCY_MS,
                yardsticks.validationMicros(),
                yardsticks.jacksonWriteMicros(),
                yardsticks.jacksonReadMicros(),
                yardsticks.postgresWrites(),
                run.handedOverPerSecond(),
                run.uploadedPerSecond(),
                run.confirmedPerSecond(),
                yardsticks.rawKafkaPerSecond(),
                yardsticks.rawKafkaCpuMicros(),
                yardsticks.naivePerSecond(),
                NAIVE_MODEL,
                run.uploaded(),
                run.confirmed(),
                plan.offeredPerSecond(),
                offered.uploaded(),
                offered.confirmed(),
                saturation.cost(),
                idle,
                netOfIdle,
                ArchitectureFloor.of(saturation.cost(), netOfIdle, yardsticks),
                resources.peakHeapMiB(),
                resources.peakHeapAfterCollectionMiB(),
                garbage.collections(),
                garbage.millis());
    }

    /** What the stack spends per second with nothing to do, once the warm-up's work and statistics have settled. */
    private static Cost idle(CostMeter meter, Duration idleFor) throws InterruptedException {
        Thread.sleep(SETTLE.toMillis());
        Usage start = meter.read();
        Thread.sleep(idleFor.toMillis());
        Usage spent = meter.read().since(start);
        return Cost.of(spent, "second", spent.wallNanos() / 1e9);
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
}
