package com.fapiaorelay.standalone.demo;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.time.BusinessDays;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.standalone.stack.DemoInvoices;
import com.fapiaorelay.standalone.stack.EmbeddedStack;
import com.fapiaorelay.standalone.stack.ErpPublisher;
import com.fapiaorelay.standalone.stack.Reports;
import com.fapiaorelay.standalone.stack.StackClient;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** Publishes invoices as an ERP would, follows them through the stack, and accounts for every one. */
public final class Demo {

    private static final int LOOKUP_CHUNK = 200;

    private final EmbeddedStack stack;
    private final StackClient client;
    private final PrintStream out;

    private Demo(EmbeddedStack stack, PrintStream out) {
        this.stack = stack;
        this.client = new StackClient(stack);
        this.out = out;
    }

    /**
     * Follows {@code count} invoices for at most {@code limit}, writes the accounting to {@code reportFile} and prints
     * it; true when every invoice is accounted for.
     */
    public static boolean run(EmbeddedStack stack, int count, Duration limit, Path reportFile, PrintStream out)
            throws IOException {
        DemoReport report = new Demo(stack, out).account(count, limit);
        Reports.write(reportFile, report);
        new ReportPrinter(out).print(report);
        return report.allAccountedFor();
    }

    private DemoReport account(int count, Duration limit) {
        long started = System.nanoTime();
        long duplicatesBefore =
                client.sandboxStatistics().path("repeatedUploads").asLong();
        long alertsBefore = client.newestAlertId();
        List<InvoiceKey> keys = publish(count);
        Outcome outcome = awaitSettled(keys, alertsBefore, limit);
        long duplicates = client.sandboxStatistics().path("repeatedUploads").asLong() - duplicatesBefore;
        return outcome.report(duplicates, (System.nanoTime() - started) / 1e9);
    }

    private List<InvoiceKey> publish(int count) {
        var invoices = new DemoInvoices(42, DemoInvoices.runPrefix(), 1, BusinessDays.systemClock());
        List<InvoiceKey> keys = new ArrayList<>(count);
        try (var erp = new ErpPublisher(stack.kafkaBootstrapServers())) {
            for (int i = 0; i < count; i++) {
                Invoice invoice = invoices.next();
                keys.add(invoice.key());
                erp.publish(invoice);
            }
        }
        out.printf("已提交 %d 张发票 / published %d invoices to %s%n", count, count, Topics.INVOICES_SUBMITTED);
        return keys;
    }

    /** Waits until every invoice is accounted for, or the limit passes, printing progress each second. */
    private Outcome awaitSettled(List<InvoiceKey> keys, long alertsBefore, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            Outcome outcome = new Outcome(keys, states(keys), alertedKeys(client.alertsAfter(alertsBefore)));
            out.printf(
                    "  %d / %d 已确认或已交人工 / confirmed or with a human · %s%n",
                    keys.size() - outcome.unaccounted(), keys.size(), outcome.byState());
            if (outcome.unaccounted() == 0 || System.nanoTime() > deadline) {
                return outcome;
            }
            pause();
        }
    }

    private List<String> states(List<InvoiceKey> keys) {
        List<String> states = new ArrayList<>(keys.size());
        for (int from = 0; from < keys.size(); from += LOOKUP_CHUNK) {
            states.addAll(client.ledgerStates(keys.subList(from, Math.min(keys.size(), from + LOOKUP_CHUNK))));
        }
        return states;
    }

    private static Set<String> alertedKeys(List<JsonNode> alerts) {
        return alerts.stream()
                .map(alert -> alert.path("sellerTaxId").asString("") + ":"
                        + alert.path("invoiceNumber").asString(""))
                .collect(Collectors.toSet());
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
