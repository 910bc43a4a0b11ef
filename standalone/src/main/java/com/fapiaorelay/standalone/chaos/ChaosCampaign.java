package com.fapiaorelay.standalone.chaos;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.standalone.chaos.ChaosEvent.Applied;
import com.fapiaorelay.standalone.chaos.ChaosEvent.Disruption;
import com.fapiaorelay.standalone.cluster.ClusterStack;
import com.fapiaorelay.standalone.stack.EmbeddedStack;
import com.fapiaorelay.standalone.stack.Reports;
import com.fapiaorelay.standalone.stack.RunningStack;
import com.fapiaorelay.standalone.stack.StackSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The fault campaign: feeds invoices through the embedded stack on temporary storage while the sandbox misbehaves
 * and the services, the broker and the database restart at seeded moments, waits until the stack settles (bounded),
 * then gathers the evidence the invariant is judged on.
 */
public final class ChaosCampaign {

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);
    private static final Set<String> IN_FLIGHT = Set.of("RECEIVED", "UPLOAD_PENDING", "OUTCOME_UNKNOWN", "UPLOADED");

    private final RunningStack stack;
    private final ChaosDisruptions disruptions;
    private final ChaosPlan plan;
    private final PrintStream out;
    private final ChaosHttp http;
    private final ChaosLedger ledger;
    private final long started = System.nanoTime();

    private ChaosCampaign(
            RunningStack stack, ChaosHttp http, ChaosDisruptions disruptions, ChaosPlan plan, PrintStream out) {
        this.stack = stack;
        this.disruptions = disruptions;
        this.plan = plan;
        this.out = out;
        this.http = http;
        this.ledger = new ChaosLedger(stack, http);
    }

    /** Runs the campaign, writes its report to {@code reportFile} and prints it; true when the invariant held. */
    public static boolean runAndReport(ChaosPlan plan, Path reportFile, PrintStream out) throws Exception {
        ChaosReport report = run(plan, out);
        Reports.write(reportFile, report);
        new ChaosPrinter(out).print(report);
        return report.passed();
    }

    public static ChaosReport run(ChaosPlan plan, PrintStream out) throws Exception {
        Path data = Files.createTempDirectory("fapiao-chaos");
        ChaosReport report;
        try {
            report = plan.cluster() ? onCluster(plan, out, data) : inOneJvm(plan, out, data);
        } catch (Exception | Error e) {
            out.printf("数据和日志保留 / data and logs kept in %s%n", data);
            throw e;
        }
        deleteRecursively(data);
        return report;
    }

    private static ChaosReport inOneJvm(ChaosPlan plan, PrintStream out, Path data) throws Exception {
        out.printf("启动嵌入式环境 / starting the embedded stack, data in %s%n", data);
        try (EmbeddedStack stack = EmbeddedStack.start(StackSettings.restartable(data, plan.overrides()))) {
            out.printf("税务接口故障注入 / sandbox faults: %s%n", plan.faults());
            var http = new ChaosHttp(stack.opsCredential());
            return new ChaosCampaign(stack, http, ChaosDisruptions.of(stack, plan, http, out), plan, out).run();
        }
    }

    private static ChaosReport onCluster(ChaosPlan plan, PrintStream out, Path data) throws Exception {
        out.printf("启动集群 / starting the cluster, every part its own JVM, data and logs in %s%n", data);
        try (ClusterStack cluster = ClusterStack.onFreePorts(data, plan.overrides(), out)) {
            out.printf("税务接口故障注入 / sandbox faults: %s%n", plan.faults());
            var http = new ChaosHttp(cluster.opsCredential());
            return new ChaosCampaign(cluster, http, ChaosDisruptions.of(cluster, plan, http, out), plan, out).run();
        }
    }

    private ChaosReport run() throws Exception {
        ChaosFeed feed = ChaosFeed.start(stack.kafkaBootstrapServers(), plan);
        List<Applied> applied = new ArrayList<>();
        Duration notBefore = Duration.ZERO;
        for (ChaosEvent event : ChaosSchedule.of(plan)) {
            awaitMoment(event.at().compareTo(notBefore) > 0 ? event.at() : notBefore, feed);
            applied.add(disruptions.apply(event.disruption(), elapsed()));
            if (event.disruption() == Disruption.MAINTENANCE_WINDOW) {
                // the window runs alone, so that the services' calls meet it rather than a restart
                notBefore = Duration.ofMillis((long) (elapsed() * 1000)).plus(plan.maintenance());
            }
        }
        List<InvoiceKey> keys = feed.finish();
        out.printf(
                "[%6.1fs] 已提交 / all %d invoices fed; waiting up to %ds to settle%n",
                elapsed(), keys.size(), plan.settleLimit().toSeconds());
        Map<InvoiceKey, String> states = settle(keys);
        out.printf("[%6.1fs] 核对 / checking the invariant ...%n", elapsed());
        ChaosCheck check = ChaosCheck.gather(stack, http, states, feed.unacknowledged());
        return ChaosReport.of(plan, elapsed(), applied, check);
    }

    private void awaitMoment(Duration at, ChaosFeed feed) {
        while (elapsed() < at.toMillis() / 1000.0) {
            progress(feed.published());
            pause(Duration.ofMillis(
                    Math.min(PROGRESS_EVERY.toMillis(), at.toMillis() - (long) (elapsed() * 1000) + 1)));
        }
    }

    /** Waits until no invoice is in flight and every one is accounted for, or the settle limit passes. */
    private Map<InvoiceKey, String> settle(List<InvoiceKey> keys) {
        long deadline = System.nanoTime() + plan.settleLimit().toNanos();
        while (true) {
            boolean late = System.nanoTime() > deadline;
            Optional<Map<String, Long>> counts = progress(keys.size());
            if (late || counts.map(c -> quiet(c, keys.size())).orElse(false)) {
                Map<InvoiceKey, String> states = ledger.states(keys);
                if (late || ChaosOutcome.of(states, ChaosCheck.alerted(stack)).unaccountedCount() == 0) {
                    return states;
                }
            }
            pause(PROGRESS_EVERY);
        }
    }

    private static boolean quiet(Map<String, Long> counts, int invoices) {
        long held = counts.values().stream().mapToLong(Long::longValue).sum();
        return held == invoices && IN_FLIGHT.stream().noneMatch(state -> counts.getOrDefault(state, 0L) > 0);
    }

    private Optional<Map<String, Long>> progress(int published) {
        Optional<Map<String, Long>> counts = ledger.counts();
        String duplicates = http.get(stack.sandboxUrl() + "/sandbox/statistics")
                .map(s -> String.valueOf(s.path("repeatedUploads").asLong()))
                .orElse("?");
        out.printf(
                "[%6.1fs] 已提交 fed %d/%d · 账本 ledger %s · 重复上传 duplicate uploads %s%n",
                elapsed(),
                published,
                plan.invoices(),
                counts.map(Object::toString).orElse("unavailable (sync-service or PostgreSQL down)"),
                duplicates);
        return counts;
    }

    private double elapsed() {
        return (System.nanoTime() - started) / 1e9;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(Math.max(1, duration.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("campaign interrupted", e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
