package com.fapiaorelay.standalone.bench;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.time.BusinessDays;
import com.fapiaorelay.standalone.bench.BenchReport.Percentiles;
import com.fapiaorelay.standalone.stack.DemoInvoices;
import com.fapiaorelay.standalone.stack.ErpPublisher;
import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * The bench's ERP and status watcher, in a process of their own ({@code fapiao bench --feed}) so that the measured
 * JVM spends its CPU on the pipeline alone: publishes invoices, waits until all are CONFIRMED, and prints the run's
 * rates, latencies and its own CPU time as one line of JSON.
 */
public final class Feed {

    private static final Duration PATIENCE = Duration.ofMinutes(15);

    /** Printed once the watcher follows the status topic; the feed then waits for a line on its input to start. */
    static final String READY = "feed ready";

    private final String bootstrapServers;
    private final DemoInvoices invoices = new DemoInvoices(11, DemoInvoices.runPrefix(), 0, BusinessDays.systemClock());

    private Feed(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Feeds {@code count} invoices, paced at {@code perSecond} or flat out at 0, and prints the {@link Run}. */
    public static void run(String bootstrapServers, int count, int perSecond, PrintStream out)
            throws InterruptedException {
        Run run = new Feed(bootstrapServers).feed(count, perSecond, out);
        out.println(FapiaoJson.mapper().writeValueAsString(run));
    }

    /**
     * Each rate runs from the first hand-over to the last invoice handed over, reported UPLOADED, or reported
     * CONFIRMED; {@code cpuNanos} is this process's CPU time, start-up included.
     */
    record Run(
            double handedOverPerSecond,
            double uploadedPerSecond,
            double confirmedPerSecond,
            Percentiles uploaded,
            Percentiles confirmed,
            long cpuNanos) {}

    private Run feed(int count, int perSecond, PrintStream out) throws InterruptedException {
        try (var watcher = new StatusWatcher(bootstrapServers);
                var erp = new ErpPublisher(bootstrapServers)) {
            out.println(READY);
            out.flush();
            awaitGo();
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
                    Percentiles.of(watcher.confirmed()),
                    ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime());
        }
    }

    private static void awaitGo() {
        try {
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("the bench went away before the feed started", e);
        }
    }

    private static double rate(int count, long startNanos, long endNanos) {
        return count / ((endNanos - startNanos) / 1e9);
    }

    private static void awaitConfirmed(StatusWatcher watcher, int count) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (watcher.confirmed().count() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "only " + watcher.confirmed().count() + " of " + count + " confirmed within " + PATIENCE);
            }
            Thread.sleep(200);
        }
    }
}
