package com.fapiaorelay.standalone.scale;

import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.time.BusinessDays;
import com.fapiaorelay.standalone.stack.DemoInvoices;
import com.fapiaorelay.standalone.stack.ErpPublisher;
import com.fapiaorelay.standalone.stack.RunningStack;
import com.fapiaorelay.standalone.stack.StackClient;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;

/**
 * One measured phase: publishes a number of well-formed invoices as fast as the ERP's producer goes, and waits until
 * the ledger holds every one with nothing left for automation to do (all CONFIRMED).
 */
final class Drain {

    private static final Duration PATIENCE = Duration.ofMinutes(20);
    private static final Duration POLL = Duration.ofMillis(250);

    private final RunningStack stack;
    private final StackClient client;
    private final ProcessCpu cpu;
    private final PrintStream out;
    private final DemoInvoices invoices = new DemoInvoices(11, DemoInvoices.runPrefix(), 0, BusinessDays.systemClock());

    Drain(RunningStack stack, ProcessCpu cpu, PrintStream out) {
        this.stack = stack;
        this.client = new StackClient(stack);
        this.cpu = cpu;
        this.out = out;
    }

    ScaleReport.Phase run(String label, int count) throws InterruptedException {
        long expected = held(client.ledgerCounts()) + count;
        Map<String, Long> cpuBefore = cpu.snapshot();
        long started = System.nanoTime();
        try (var erp = new ErpPublisher(stack.kafkaBootstrapServers())) {
            for (int i = 0; i < count; i++) {
                erp.publish(invoices.next());
            }
        }
        awaitSettled(expected, started);
        double seconds = (System.nanoTime() - started) / 1e9;
        var phase = new ScaleReport.Phase(
                label, count, seconds, count / seconds, ProcessCpu.perInvoice(cpuBefore, cpu.snapshot(), count));
        out.printf("  %s: %,d invoices CONFIRMED in %.1f s, %.0f/s%n", label, count, seconds, phase.perSecond());
        return phase;
    }

    private void awaitSettled(long expected, long started) throws InterruptedException {
        while (true) {
            Map<String, Long> counts = client.ledgerCounts();
            if (held(counts) >= expected && awaitingAutomation(counts) == 0) {
                return;
            }
            if (System.nanoTime() - started > PATIENCE.toNanos()) {
                throw new IllegalStateException("not settled within " + PATIENCE + ": " + counts);
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private static long held(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static long awaitingAutomation(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .filter(count -> InvoiceState.valueOf(count.getKey()).awaitsAutomation())
                .mapToLong(Map.Entry::getValue)
                .sum();
    }
}
