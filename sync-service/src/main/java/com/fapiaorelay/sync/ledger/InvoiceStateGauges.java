package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.sync.config.SyncProperties;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code fapiao_invoices_by_state{state}}. One grouped count serves every state's gauge, re-read at most once per
 * {@code fapiao.sync.state-counts-refresh}, so a scrape never costs more than one index scan.
 */
@Component
class InvoiceStateGauges {

    private static final LedgerFilter ALL = new LedgerFilter(null, null, null, null);

    private final LedgerQueryRows queries;
    private final Duration refresh;
    private final Clock clock;
    private Map<InvoiceState, Long> counts = Map.of();
    private long readAtMillis = Long.MIN_VALUE;

    InvoiceStateGauges(LedgerQueryRows queries, SyncProperties properties, Clock clock, MeterRegistry registry) {
        this.queries = queries;
        this.refresh = properties.stateCountsRefresh();
        this.clock = clock;
        for (InvoiceState state : InvoiceState.values()) {
            Gauge.builder("fapiao.invoices.by.state", this, gauges -> gauges.count(state))
                    .tag("state", state.name())
                    .description("Invoices in the ledger by state")
                    .register(registry);
        }
    }

    synchronized double count(InvoiceState state) {
        long now = clock.millis();
        if (readAtMillis == Long.MIN_VALUE || now - readAtMillis >= refresh.toMillis()) {
            counts = queries.countByState(ALL);
            readAtMillis = now;
        }
        return counts.getOrDefault(state, 0L);
    }
}
