package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.sync.config.SyncProperties;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies upstream status events to the ledger in one transaction per batch, a few statements per batch. An event
 * applies only if its version is newer than the last upstream version applied for the invoice, so replays and stale
 * events change nothing.
 */
@Component
class UpstreamEvents {

    private static final Logger log = LoggerFactory.getLogger(UpstreamEvents.class);

    private final TransactionTemplate transaction;
    private final LedgerRows rows;
    private final TimelineRows timeline;
    private final SyncProperties properties;
    private final Clock clock;

    UpstreamEvents(
            TransactionTemplate transaction,
            LedgerRows rows,
            TimelineRows timeline,
            SyncProperties properties,
            Clock clock) {
        this.transaction = transaction;
        this.rows = rows;
        this.timeline = timeline;
        this.properties = properties;
        this.clock = clock;
    }

    void apply(List<InvoiceStatusChanged> events) {
        List<InvoiceStatusChanged> upstream = events.stream()
                .filter(event -> !Ledger.OWN_SOURCE.equals(event.source()))
                .toList();
        if (!upstream.isEmpty()) {
            transaction.executeWithoutResult(status -> rounds(upstream).forEach(this::applyRound));
        }
    }

    /**
     * Splits a batch into rounds in which each invoice appears once, keeping each invoice's events in arrival order
     * across rounds: one statement may change a row only once, and an invoice's events must apply in turn.
     */
    static List<List<InvoiceStatusChanged>> rounds(List<InvoiceStatusChanged> events) {
        Map<InvoiceKey, Integer> seen = new HashMap<>();
        List<List<InvoiceStatusChanged>> rounds = new ArrayList<>();
        for (InvoiceStatusChanged event : events) {
            int round = seen.merge(event.key(), 1, Integer::sum) - 1;
            if (round == rounds.size()) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(round).add(event);
        }
        return rounds;
    }

    private void applyRound(List<InvoiceStatusChanged> round) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<InvoiceKey, Long> applied = rows.applyUpstream(
                round.stream().map(e -> new UpstreamChange(e, firstCheck(e))).toList(), now);
        recordSubmissions(round, applied.keySet(), now);
        Map<InvoiceKey, TimelineEntry> entries = new LinkedHashMap<>();
        for (InvoiceStatusChanged event : round) {
            Long version = applied.get(event.key());
            if (version == null) {
                log.debug("Stale status event {} v{} for {} ignored", event.eventId(), event.version(), event.key());
            } else {
                entries.put(event.key(), entry(event, version));
            }
        }
        timeline.append(entries);
    }

    /**
     * An invoice's first upstream event (version 1 from intake, or 0 for its dead letter) means its ERP submitted it:
     * what the silent-source watch listens for.
     */
    private void recordSubmissions(List<InvoiceStatusChanged> round, Set<InvoiceKey> applied, OffsetDateTime now) {
        List<String> sellers = round.stream()
                .filter(event -> event.version() <= 1 && applied.contains(event.key()))
                .map(InvoiceStatusChanged::sellerTaxId)
                .toList();
        if (!sellers.isEmpty()) {
            rows.recordSubmissions(sellers, now);
        }
    }

    /** An uploaded invoice is first looked up once the tax system had time to make it visible. */
    private OffsetDateTime firstCheck(InvoiceStatusChanged event) {
        if (event.state() != InvoiceState.UPLOADED) {
            return null;
        }
        return event.occurredAt().plus(properties.confirmation().visibilityDelay());
    }

    private static TimelineEntry entry(InvoiceStatusChanged event, long version) {
        return new TimelineEntry(
                event.occurredAt(), event.source(), event.state(), version, event.reasonCode(), event.reason());
    }
}
