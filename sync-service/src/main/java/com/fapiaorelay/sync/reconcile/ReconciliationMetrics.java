package com.fapiaorelay.sync.reconcile;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * {@code fapiao_reconciliation_discrepancies_total{kind}}, {@code fapiao_reconciliation_remote_calls} per run,
 * {@code fapiao_reconciliation_runs_total{outcome}} and the heartbeat
 * {@code fapiao_scheduler_last_run{scheduler="reconciliation"}}.
 */
@Component
class ReconciliationMetrics {

    private final Map<DiscrepancyKind, Counter> discrepancies = new EnumMap<>(DiscrepancyKind.class);
    private final DistributionSummary remoteCalls;
    private final Counter completed;
    private final Counter failed;
    private final AtomicLong lastScheduledRunMillis;
    private final Clock clock;

    ReconciliationMetrics(MeterRegistry registry, Clock clock) {
        this.clock = clock;
        for (DiscrepancyKind kind : DiscrepancyKind.values()) {
            discrepancies.put(
                    kind,
                    Counter.builder("fapiao.reconciliation.discrepancies")
                            .tag("kind", kind.name())
                            .description("Invoices on which our ledger and the tax system disagree, by kind")
                            .register(registry));
        }
        remoteCalls = DistributionSummary.builder("fapiao.reconciliation.remote.calls")
                .description("Calls to the tax interface one reconciliation of a seller's day made")
                .register(registry);
        completed = runs(registry, "completed");
        failed = runs(registry, "failed");
        lastScheduledRunMillis = new AtomicLong(clock.millis());
        Gauge.builder("fapiao.scheduler.last.run", lastScheduledRunMillis, millis -> millis.get() / 1000.0)
                .tag("scheduler", "reconciliation")
                .description("Unix time in seconds at which the scheduler last completed a run")
                .register(registry);
    }

    void completed(Findings findings) {
        completed.increment();
        remoteCalls.record(findings.remoteCalls());
        findings.discrepancies().forEach(d -> discrepancies.get(d.kind()).increment());
    }

    void failed() {
        failed.increment();
    }

    void scheduledRunFinished() {
        lastScheduledRunMillis.set(clock.millis());
    }

    private static Counter runs(MeterRegistry registry, String outcome) {
        return Counter.builder("fapiao.reconciliation.runs")
                .tag("outcome", outcome)
                .description("Reconciliations of a seller's day, by outcome")
                .register(registry);
    }
}
