package com.fapiaorelay.sync.confirm;

import com.fapiaorelay.common.event.ReuploadRequested;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.outbox.Outbox;
import com.fapiaorelay.kit.outbox.Outbox.OutgoingEvent;
import com.fapiaorelay.kit.trace.Traces;
import com.fapiaorelay.sync.ledger.CheckClaim;
import com.fapiaorelay.sync.ledger.DueInvoice;
import com.fapiaorelay.sync.ledger.Ledger;
import com.fapiaorelay.sync.ledger.OwnChange;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a round's verdicts in one transaction, only for the invoices its claim still holds: the state changes and
 * the next looks through the ledger, then the anomalies and re-upload requests of the verdicts recorded. Each verdict
 * recorded is logged with its invoice's key; the reason stays out of the log: it quotes the tax system's figures and
 * fields.
 */
@Component
class VerdictActions {

    private static final Logger log = LoggerFactory.getLogger(VerdictActions.class);

    private final Ledger ledger;
    private final Outbox outbox;
    private final Traces traces;
    private final TransactionTemplate transaction;

    VerdictActions(Ledger ledger, Outbox outbox, Traces traces, TransactionTemplate transaction) {
        this.ledger = ledger;
        this.outbox = outbox;
        this.traces = traces;
        this.transaction = transaction;
    }

    /** Answers the verdicts recorded; the others belong to the round that claimed their invoices since. */
    List<CheckedInvoice> record(CheckClaim claim, List<CheckedInvoice> checked) {
        List<CheckedInvoice> recorded = transaction.execute(status -> recordHeld(claim, checked));
        int left = checked.size() - recorded.size();
        if (left > 0) {
            log.info("{} verdicts not recorded: their lease ran out, or an upstream event changed them", left);
        }
        return recorded;
    }

    private List<CheckedInvoice> recordHeld(CheckClaim claim, List<CheckedInvoice> checked) {
        Map<InvoiceKey, OwnChange> changes = new LinkedHashMap<>();
        for (CheckedInvoice c : checked) {
            stateChange(c.invoice(), c.verdict())
                    .ifPresent(change -> changes.put(c.invoice().key(), change));
        }
        Set<InvoiceKey> held = ledger.recordChecks(claim, changes, laterLooks(checked));
        List<CheckedInvoice> recorded =
                checked.stream().filter(c -> held.contains(c.invoice().key())).toList();
        List<OutgoingEvent> events = new ArrayList<>();
        for (CheckedInvoice c : recorded) {
            logVerdict(c.invoice(), c.verdict());
            sideEvent(c.invoice(), c.verdict()).ifPresent(events::add);
        }
        outbox.appendAll(events);
        return recorded;
    }

    /** Verdicts that change no state only say when to look again. */
    private static Map<InvoiceKey, OffsetDateTime> laterLooks(List<CheckedInvoice> checked) {
        Map<InvoiceKey, OffsetDateTime> later = new LinkedHashMap<>();
        for (CheckedInvoice c : checked) {
            Verdict.Outcome outcome = c.verdict().outcome();
            if (outcome == Verdict.Outcome.NOT_YET_VISIBLE || outcome == Verdict.Outcome.STILL_MISSING) {
                later.put(c.invoice().key(), c.verdict().nextCheckAt());
            }
        }
        return later;
    }

    /** Opens the invoice's log context only for a line that will be written: most verdicts are quiet confirmations. */
    private void logVerdict(DueInvoice invoice, Verdict verdict) {
        boolean quiet = switch (verdict.outcome()) {
            case MISMATCH, MISSING_FINAL, MISSING_REUPLOAD -> false;
            default -> true;
        };
        if (quiet && !log.isDebugEnabled()) {
            return;
        }
        try (var scope = traces.invoice(invoice.key().toString(), null)) {
            switch (verdict.outcome()) {
                case MISMATCH, MISSING_FINAL -> log.warn("Verdict {}: held for a human", verdict.outcome());
                case MISSING_REUPLOAD ->
                    log.info("Not visible by the deadline: re-upload round {}", verdict.reuploadRound());
                default -> log.debug("Verdict {}", verdict.outcome());
            }
        }
    }

    private static Optional<OwnChange> stateChange(DueInvoice invoice, Verdict verdict) {
        return Optional.ofNullable(
                switch (verdict.outcome()) {
                    case CONFIRMED -> change(InvoiceState.CONFIRMED, "FOUND", invoice, verdict, false);
                    case MISMATCH ->
                        change(InvoiceState.MISMATCH, "FIGURES_DIFFER", invoice, verdict, invoice.missingAlerted());
                    case MISSING_REUPLOAD -> reuploadChange(invoice, verdict);
                    case MISSING_FINAL ->
                        change(InvoiceState.MISSING, "NOT_VISIBLE_AFTER_REUPLOADS", invoice, verdict, true);
                    // no new state: the next look is recorded for the whole batch at once
                    case NOT_YET_VISIBLE, STILL_MISSING -> null;
                });
    }

    /** The anomaly or re-upload request a verdict raises besides its status event. */
    private static Optional<OutgoingEvent> sideEvent(DueInvoice invoice, Verdict verdict) {
        InvoiceKey key = invoice.key();
        return Optional.ofNullable(
                switch (verdict.outcome()) {
                    case CONFIRMED -> invoice.missingAlerted() ? InvoiceAnomalies.missingResolved(key) : null;
                    case MISMATCH -> InvoiceAnomalies.mismatch(key, verdict.reason());
                    case MISSING_REUPLOAD -> reuploadRequest(key, verdict);
                    case MISSING_FINAL -> InvoiceAnomalies.missing(key, verdict.reason());
                    case NOT_YET_VISIBLE, STILL_MISSING -> null;
                });
    }

    private static OwnChange reuploadChange(DueInvoice invoice, Verdict verdict) {
        return new OwnChange(
                InvoiceState.MISSING,
                "NOT_VISIBLE",
                verdict.reason(),
                null,
                verdict.nextCheckAt(),
                verdict.reuploadRound(),
                invoice.missingAlerted());
    }

    private static OutgoingEvent reuploadRequest(InvoiceKey key, Verdict verdict) {
        return new OutgoingEvent(
                Topics.INVOICES_REUPLOAD,
                key.toString(),
                ReuploadRequested.of(Ledger.OWN_SOURCE, key, verdict.reuploadRound(), verdict.reason()));
    }

    private static OwnChange change(
            InvoiceState state, String code, DueInvoice invoice, Verdict verdict, boolean missingAlerted) {
        return new OwnChange(
                state,
                code,
                verdict.reason(),
                verdict.receiptId(),
                verdict.nextCheckAt(),
                invoice.reuploadRounds(),
                missingAlerted);
    }
}
