package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.sync.config.SyncProperties;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies upstream status events to the ledger in one transaction per batch, one statement per round of the batch
 * (the row, the timeline and the sellers' activity together). An event
 * applies only if its version is newer than the last upstream version applied for the invoice, so replays and stale
 * events change nothing.
 */
@Component
class UpstreamEvents {

    private static final Logger log = LoggerFactory.getLogger(UpstreamEvents.class);

    private final TransactionTemplate transaction;
    private final LedgerRows rows;
    private final SyncProperties properties;
    private final Clock clock;

    UpstreamEvents(TransactionTemplate transaction, LedgerRows rows, SyncProperties properties, Clock clock) {
        this.transaction = transaction;
        this.rows = rows;
        this.properties = properties;
        this.clock = clock;
    }

    void apply(List<InvoiceStatusChanged> events) {
        List<InvoiceStatusChanged> upstream = events.stream()
                .filter(event -> !Ledger.OWN_SOURCE.equals(event.source()))
                .toList();
        List<List<InvoiceStatusChanged>> rounds = rounds(upstream);
        if (rounds.size() == 1) {
            applyRound(rounds.get(0)); // one statement: atomic on its own, no transaction to open and commit
        } else if (!rounds.isEmpty()) {
            transaction.executeWithoutResult(status -> rounds.forEach(this::applyRound));
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
        Map<InvoiceKey, Long> applied = rows.applyUpstream(
                round.stream().map(e -> new UpstreamChange(e, firstCheck(e))).toList(), OffsetDateTime.now(clock));
        if (log.isDebugEnabled()) {
            round.stream()
                    .filter(event -> !applied.containsKey(event.key()))
                    .forEach(event -> log.debug(
                            "Stale status event {} v{} for {} ignored", event.eventId(), event.version(), event.key()));
        }
    }

    /** An uploaded invoice is first looked up once the tax system had time to make it visible. */
    private OffsetDateTime firstCheck(InvoiceStatusChanged event) {
        if (event.state() != InvoiceState.UPLOADED) {
            return null;
        }
        return event.occurredAt().plus(properties.confirmation().visibilityDelay());
    }
}
