package com.fapiaorelay.sync.confirm;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * {@code fapiao_sync_confirmations_total{outcome}}, {@code fapiao_sync_confirmation_latency_seconds} (upload to
 * confirmation), the histogram {@code fapiao_sync_end_to_end_latency_seconds} (the ledger's first record of the
 * invoice, normally within a second of intake, to confirmation) and the heartbeat
 * {@code fapiao_scheduler_last_run{scheduler="confirmation"}} in unix seconds.
 */
@Component
class ConfirmationMetrics {

    /** Around the look-up schedule: the visibility delay (1 min), back-off up to 15 min, the 4 h deadline. */
    private static final Duration[] E2E_BUCKETS = {
        Duration.ofSeconds(5),
        Duration.ofSeconds(15),
        Duration.ofSeconds(30),
        Duration.ofMinutes(1),
        Duration.ofMinutes(2),
        Duration.ofMinutes(5),
        Duration.ofMinutes(10),
        Duration.ofMinutes(30),
        Duration.ofHours(1),
        Duration.ofHours(2),
        Duration.ofHours(4),
        Duration.ofHours(8),
        Duration.ofHours(24)
    };

    private final Map<Verdict.Outcome, Counter> outcomes = new EnumMap<>(Verdict.Outcome.class);
    private final Counter unavailable;
    private final Timer latency;
    private final Timer endToEnd;
    private final AtomicLong lastRunMillis;
    private final Clock clock;

    ConfirmationMetrics(MeterRegistry registry, Clock clock) {
        this.clock = clock;
        this.lastRunMillis = new AtomicLong(clock.millis());
        for (Verdict.Outcome outcome : Verdict.Outcome.values()) {
            outcomes.put(outcome, confirmations(registry, outcome.tag()));
        }
        unavailable = confirmations(registry, "tax_interface_unavailable");
        latency = Timer.builder("fapiao.sync.confirmation.latency")
                .description("From upload to confirmation in the tax system")
                .register(registry);
        endToEnd = Timer.builder("fapiao.sync.end.to.end.latency")
                .description("From the ledger's first record of an invoice to its confirmation in the tax system")
                .serviceLevelObjectives(E2E_BUCKETS)
                .register(registry);
        Gauge.builder("fapiao.scheduler.last.run", lastRunMillis, millis -> millis.get() / 1000.0)
                .tag("scheduler", "confirmation")
                .description("Unix time in seconds at which the scheduler last completed a run")
                .register(registry);
    }

    void record(List<CheckedInvoice> checked) {
        for (CheckedInvoice c : checked) {
            outcomes.get(c.verdict().outcome()).increment();
            if (c.verdict().outcome() == Verdict.Outcome.CONFIRMED) {
                recordLatencies(c);
            }
        }
    }

    private void recordLatencies(CheckedInvoice confirmed) {
        if (confirmed.invoice().uploadedAt() != null) {
            latency.record(Duration.between(confirmed.invoice().uploadedAt(), confirmed.checkedAt()));
        }
        endToEnd.record(Duration.between(confirmed.invoice().receivedAt(), confirmed.checkedAt()));
    }

    void lookUpFailed() {
        unavailable.increment();
    }

    void ran() {
        lastRunMillis.set(clock.millis());
    }

    long lastRunMillis() {
        return lastRunMillis.get();
    }

    private static Counter confirmations(MeterRegistry registry, String outcome) {
        return Counter.builder("fapiao.sync.confirmations")
                .tag("outcome", outcome)
                .description("Look-ups of uploaded invoices in the tax system, by outcome")
                .register(registry);
    }
}
