package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.outbox.Outbox;
import com.fapiaorelay.sync.ledger.LedgerRows.ChangedRow;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The ledger's facade for the features that change invoices after a look-up. Call it inside the transaction that
 * claimed the invoices: every change lands in the row, the timeline and the outbox together.
 */
@Component
public class Ledger {

    /** The {@code source} of every event sync-service writes. */
    public static final String OWN_SOURCE = "sync-service";

    private final LedgerRows rows;
    private final Timeline timeline;
    private final Outbox outbox;
    private final Clock clock;

    Ledger(LedgerRows rows, Timeline timeline, Outbox outbox, Clock clock) {
        this.rows = rows;
        this.timeline = timeline;
        this.outbox = outbox;
        this.clock = clock;
    }

    public List<DueInvoice> claimDueChecks(int limit) {
        return rows.claimDue(OffsetDateTime.now(clock), limit);
    }

    public void scheduleChecks(Map<InvoiceKey, OffsetDateTime> nextChecks) {
        if (!nextChecks.isEmpty()) {
            rows.scheduleChecks(nextChecks);
        }
    }

    /** Flags invoices that stayed in a non-final state longer than {@code sla}; each only once per state. */
    public List<StuckInvoice> flagStuck(Duration sla, int limit) {
        return rows.flagStuck(OffsetDateTime.now(clock).minus(sla), limit);
    }

    /** Moves the invoice to our new state and announces it on the status topic with the ledger's own version. */
    public void change(InvoiceKey key, OwnChange change) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        ChangedRow row = rows.applyOwn(key, change, now);
        timeline.append(
                key,
                new TimelineEntry(
                        now, OWN_SOURCE, change.state(), row.version(), change.reasonCode(), change.reason()));
        outbox.append(
                Topics.INVOICES_STATUS,
                key.toString(),
                InvoiceStatusChanged.of(
                        OWN_SOURCE,
                        key,
                        change.state(),
                        row.version(),
                        change.reasonCode(),
                        change.reason(),
                        row.receiptId(),
                        row.figures()));
    }
}
