package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.sync.config.SyncProperties;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies upstream status events to the ledger in one transaction per batch. An event applies only if its version
 * is newer than the last upstream version applied for the invoice, so replays and stale events change nothing.
 */
@Component
class UpstreamEvents {

    private static final Logger log = LoggerFactory.getLogger(UpstreamEvents.class);

    private final TransactionTemplate transaction;
    private final LedgerRows rows;
    private final Timeline timeline;
    private final SyncProperties properties;
    private final Clock clock;

    UpstreamEvents(
            TransactionTemplate transaction,
            LedgerRows rows,
            Timeline timeline,
            SyncProperties properties,
            Clock clock) {
        this.transaction = transaction;
        this.rows = rows;
        this.timeline = timeline;
        this.properties = properties;
        this.clock = clock;
    }

    void apply(List<InvoiceStatusChanged> events) {
        if (!events.isEmpty()) {
            transaction.executeWithoutResult(status -> events.forEach(this::applyOne));
        }
    }

    private void applyOne(InvoiceStatusChanged event) {
        if (Ledger.OWN_SOURCE.equals(event.source())) {
            return;
        }
        rows.applyUpstream(event, firstCheck(event), OffsetDateTime.now(clock))
                .ifPresentOrElse(
                        version -> timeline.append(event.key(), entry(event, version)),
                        () -> log.debug(
                                "Stale status event {} v{} for {} ignored",
                                event.eventId(),
                                event.version(),
                                event.key()));
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
