package com.fapiaorelay.standalone.demo;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
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
import java.util.stream.Stream;
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
        String run = DemoInvoices.runPrefix();
        List<Invoice> invoices = generate(count, run);
        Shortfall shortfall = Shortfall.in(invoices, "demo-" + run);
        try (var erp = new ErpPublisher(stack.kafkaBootstrapServers())) {
            publish(erp, shortfall.handedOver(invoices));
            if (shortfall.any()) {
                findAndClose(erp, shortfall, limit);
            }
        }
        List<InvoiceKey> keys = invoices.stream().map(Invoice::key).toList();
        Outcome outcome = awaitSettled(keys, alertsBefore, limit);
        if (shortfall.any()) {
            printDeclaration(shortfall);
        }
        long duplicates = client.sandboxStatistics().path("repeatedUploads").asLong() - duplicatesBefore;
        return outcome.report(duplicates, (System.nanoTime() - started) / 1e9);
    }

    private static List<Invoice> generate(int count, String run) {
        var invoices = new DemoInvoices(42, run, 1, BusinessDays.systemClock());
        return Stream.generate(invoices::next).limit(count).toList();
    }

    private void publish(ErpPublisher erp, List<Invoice> invoices) {
        invoices.forEach(erp::publish);
        out.printf(
                "已提交 %d 张发票 / published %d invoices to %s%n",
                invoices.size(), invoices.size(), Topics.INVOICES_SUBMITTED);
    }

    /**
     * Declares the batch, waits until sync-service names the held-back invoices NOT_RECEIVED, then resends them, as
     * an ERP's integrator would on seeing the gap.
     */
    private void findAndClose(ErpPublisher erp, Shortfall shortfall, Duration limit) {
        erp.declare(shortfall.declaration(ErpPublisher.SOURCE));
        out.printf(
                "ERP 声明批次 %s: %d 张 (其中 %d 张在 ERP 上传时丢失) / declared batch %s: %d invoices (%d lost by the"
                        + " ERP's own upload step)%n",
                shortfall.batchId(),
                shortfall.batch().size(),
                shortfall.heldBack().size(),
                shortfall.batchId(),
                shortfall.batch().size(),
                shortfall.heldBack().size());
        List<InvoiceKey> held = shortfall.heldBack().stream().map(Invoice::key).toList();
        boolean found = awaitNotReceived(held, limit);
        out.printf(
                found
                        ? "  对账发现未收到 / found never received: %s → NOT_RECEIVED; ERP 补发 / the ERP resends them%n"
                        : "  时限内未发现 / not named NOT_RECEIVED within the limit: %s; ERP 补发 / the ERP resends them%n",
                held.stream().map(InvoiceKey::invoiceNumber).toList());
        shortfall.heldBack().forEach(erp::publish);
    }

    private boolean awaitNotReceived(List<InvoiceKey> keys, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (client.ledgerStates(keys).stream().allMatch(InvoiceState.NOT_RECEIVED.name()::equals)) {
                return true;
            }
            pause();
        }
        return false;
    }

    private void printDeclaration(Shortfall shortfall) {
        JsonNode declaration = client.declarations(shortfall.batch().get(0).sellerTaxId())
                .valueStream()
                .filter(view -> shortfall
                        .batchId()
                        .equals(view.path("declared").path("batchId").asString("")))
                .findFirst()
                .orElse(null);
        out.printf(
                "ERP 声明批次 %s / declared batch: %s, 收到 received %s%n",
                shortfall.batchId(),
                declaration == null ? "?" : declaration.path("status").asString(),
                declaration == null ? "?" : declaration.path("receivedCount").asString());
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
