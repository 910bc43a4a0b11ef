package com.fapiaorelay.standalone.bench;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.time.BusinessDays;
import com.fapiaorelay.standalone.bench.BenchReport.Percentiles;
import com.fapiaorelay.standalone.bench.StatusWatcher.Tally;
import com.fapiaorelay.standalone.stack.DemoInvoices;
import com.fapiaorelay.standalone.stack.ErpPublisher;
import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * The bench's ERP and status watcher, in a process of their own ({@code fapiao bench --feed}) so that the measured
 * JVM spends its CPU on the pipeline alone. One feed serves every run of a bench, so its JVM is warm for the measured
 * ones: for each order ({@code COUNT PER_SECOND} on a line of its input) it serialises the invoices' events, says it
 * is {@link #READY}, and on the next line publishes them, waits until all are CONFIRMED, and prints the run's rates,
 * latencies and its own CPU time as one line of JSON. It ends when its input does.
 */
public final class Feed {

    private static final Duration PATIENCE = Duration.ofMinutes(15);

    /** Printed once a run's events are serialised; the feed then waits for a line on its input to publish them. */
    static final String READY = "feed ready";

    private final DemoInvoices invoices = new DemoInvoices(11, DemoInvoices.runPrefix(), 0, BusinessDays.systemClock());
    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final StatusWatcher watcher;
    private final ErpPublisher erp;

    private Feed(StatusWatcher watcher, ErpPublisher erp) {
        this.watcher = watcher;
        this.erp = erp;
    }

    /** Serves the orders read from {@code in} against the broker at {@code bootstrapServers}, until {@code in} ends. */
    public static void serve(String bootstrapServers, BufferedReader in, PrintStream out)
            throws IOException, InterruptedException {
        try (var watcher = new StatusWatcher(bootstrapServers);
                var erp = new ErpPublisher(bootstrapServers)) {
            var feed = new Feed(watcher, erp);
            for (String order = in.readLine(); order != null; order = in.readLine()) {
                String[] countAndPace = order.trim().split(" ");
                List<Event> events = feed.serialise(Integer.parseInt(countAndPace[0]));
                say(out, READY);
                if (in.readLine() == null) {
                    return;
                }
                Run run = feed.publish(events, Integer.parseInt(countAndPace[1]));
                say(out, FapiaoJson.mapper().writeValueAsString(run));
            }
        }
    }

    /**
     * Each rate runs from the first hand-over to the last invoice handed over, reported UPLOADED, or reported
     * CONFIRMED; {@code cpuNanos} is this process's CPU time over the same stretch (its events serialised before).
     */
    record Run(
            double handedOverPerSecond,
            double uploadedPerSecond,
            double confirmedPerSecond,
            Percentiles uploaded,
            Percentiles confirmed,
            long cpuNanos) {}

    /** An invoice's key and submitted event, ready to send. */
    private record Event(String key, String json) {}

    private List<Event> serialise(int count) {
        List<Event> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Invoice invoice = invoices.next();
            events.add(new Event(invoice.key().toString(), ErpPublisher.event(invoice)));
        }
        return events;
    }

    /** Publishes {@code events}, paced at {@code perSecond} or flat out at 0, and waits until all are CONFIRMED. */
    private Run publish(List<Event> events, int perSecond) throws InterruptedException {
        long cpuBefore = os.getProcessCpuTime();
        Tally tally = watcher.begin();
        long start = System.nanoTime();
        for (int i = 0; i < events.size(); i++) {
            tally.submitted(events.get(i).key());
            erp.publish(events.get(i).key(), events.get(i).json());
            if (perSecond > 0) {
                LockSupport.parkNanos(start + i * 1_000_000_000L / perSecond - System.nanoTime());
            }
        }
        long handedOver = System.nanoTime();
        awaitConfirmed(tally, events.size());
        return new Run(
                rate(events.size(), start, handedOver),
                rate(events.size(), start, tally.lastUploadedNanos()),
                rate(events.size(), start, tally.lastConfirmedNanos()),
                Percentiles.of(tally.uploaded()),
                Percentiles.of(tally.confirmed()),
                os.getProcessCpuTime() - cpuBefore);
    }

    private static void say(PrintStream out, String line) {
        out.println(line);
        out.flush();
    }

    private static double rate(int count, long startNanos, long endNanos) {
        return count / ((endNanos - startNanos) / 1e9);
    }

    private static void awaitConfirmed(Tally tally, int count) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (tally.confirmed().count() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "only " + tally.confirmed().count() + " of " + count + " confirmed within " + PATIENCE);
            }
            Thread.sleep(200);
        }
    }
}
