package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.outbox.Outbox;
import com.fapiaorelay.kit.outbox.Outbox.OutgoingEvent;
import com.fapiaorelay.sync.ledger.LedgerCheckRows.ChangedRow;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The ledger's facade for the features that change invoices after a look-up: a claim under a lease, then the
 * look-ups' results recorded where the claim still holds; every change lands in the row, the timeline and the outbox
 * together.
 */
@Component
public class Ledger {

    /** The {@code source} of every event sync-service writes. */
    public static final String OWN_SOURCE = "sync-service";

    /** The reason code of an invoice an ERP declared and we never received. */
    public static final String NOT_RECEIVED_CODE = "DECLARED_NOT_RECEIVED";

    private final LedgerRows rows;
    private final LedgerCheckRows checks;
    private final TimelineRows timeline;
    private final Outbox outbox;
    private final Clock clock;

    Ledger(LedgerRows rows, LedgerCheckRows checks, TimelineRows timeline, Outbox outbox, Clock clock) {
        this.rows = rows;
        this.checks = checks;
        this.timeline = timeline;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Claims up to {@code limit} due look-ups for {@code lease} in one committed statement, so no row stays locked
     * and no connection stays held while the tax side is asked; unrecorded, they fall due again when it ends.
     */
    public CheckClaim claimDueChecks(int limit, Duration lease) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID token = UUID.randomUUID();
        return new CheckClaim(token, checks.claimDue(token, now, now.plus(lease), limit));
    }

    /** Hands a claim's invoices back unchecked, due at once, where it still holds them. */
    public void releaseChecks(CheckClaim claim) {
        checks.release(claim.token());
    }

    /**
     * Records a claim's look-ups where the claim still holds the invoice: {@code changes} move invoices to our new
     * states (row, timeline and outbox together), {@code nextChecks} only say when to look again. An invoice whose
     * lease ran out and which another round claimed since, or which an upstream event changed since, is left as it
     * is. Answers the keys recorded. Call it inside one transaction.
     */
    public Set<InvoiceKey> recordChecks(
            CheckClaim claim, Map<InvoiceKey, OwnChange> changes, Map<InvoiceKey, OffsetDateTime> nextChecks) {
        Set<InvoiceKey> recorded = new HashSet<>(change(claim.token(), changes));
        if (!nextChecks.isEmpty()) {
            recorded.addAll(checks.scheduleChecks(claim.token(), nextChecks));
        }
        return recorded;
    }

    /** Flags invoices that stayed in a non-final state longer than {@code sla}; each only once per state. */
    public List<StuckInvoice> flagStuck(Duration sla, int limit) {
        return rows.flagStuck(OffsetDateTime.now(clock).minus(sla), limit);
    }

    /**
     * Moves the invoices {@code token} holds to our new states and announces each on the status topic with the
     * ledger's own version: the rows, the timeline and the outbox each in one statement. Answers the keys moved.
     */
    private Set<InvoiceKey> change(UUID token, Map<InvoiceKey, OwnChange> changes) {
        if (changes.isEmpty()) {
            return Set.of();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<InvoiceKey, ChangedRow> changed = checks.applyOwn(token, changes, now);
        Map<InvoiceKey, TimelineEntry> entries = new LinkedHashMap<>();
        List<OutgoingEvent> events = new ArrayList<>();
        changed.forEach((key, row) -> {
            OwnChange change = changes.get(key);
            entries.put(key, entry(now, change, row));
            events.add(new OutgoingEvent(Topics.INVOICES_STATUS, key.toString(), event(key, change, row)));
        });
        timeline.append(entries);
        outbox.appendAll(events);
        return changed.keySet();
    }

    /**
     * Records invoices an ERP declared and we never received as NOT_RECEIVED, each announced on the status topic, so
     * the ERP and the work queue see them; invoices the ledger holds are left as they are.
     */
    public List<InvoiceKey> recordNotReceived(String sellerTaxId, Collection<String> invoiceNumbers, String reason) {
        if (invoiceNumbers.isEmpty()) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<InvoiceKey> inserted = rows.insertNotReceived(sellerTaxId, invoiceNumbers, NOT_RECEIVED_CODE, reason, now);
        Map<InvoiceKey, TimelineEntry> entries = new LinkedHashMap<>();
        List<OutgoingEvent> events = new ArrayList<>();
        for (InvoiceKey key : inserted) {
            entries.put(
                    key, new TimelineEntry(now, OWN_SOURCE, InvoiceState.NOT_RECEIVED, 1, NOT_RECEIVED_CODE, reason));
            events.add(new OutgoingEvent(
                    Topics.INVOICES_STATUS,
                    key.toString(),
                    InvoiceStatusChanged.of(
                            OWN_SOURCE, key, InvoiceState.NOT_RECEIVED, 1, NOT_RECEIVED_CODE, reason, null, null)));
        }
        timeline.append(entries);
        outbox.appendAll(events);
        return inserted;
    }

    private static TimelineEntry entry(OffsetDateTime now, OwnChange change, ChangedRow row) {
        return new TimelineEntry(now, OWN_SOURCE, change.state(), row.version(), change.reasonCode(), change.reason());
    }

    private static InvoiceStatusChanged event(InvoiceKey key, OwnChange change, ChangedRow row) {
        return InvoiceStatusChanged.of(
                OWN_SOURCE,
                key,
                change.state(),
                row.version(),
                change.reasonCode(),
                change.reason(),
                row.receiptId(),
                row.figures());
    }
}
