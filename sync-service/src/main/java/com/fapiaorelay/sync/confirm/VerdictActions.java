package com.fapiaorelay.sync.confirm;

import com.fapiaorelay.common.event.ReuploadRequested;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.outbox.Outbox;
import com.fapiaorelay.kit.outbox.Outbox.OutgoingEvent;
import com.fapiaorelay.kit.trace.Traces;
import com.fapiaorelay.sync.ledger.DueInvoice;
import com.fapiaorelay.sync.ledger.Ledger;
import com.fapiaorelay.sync.ledger.OwnChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Carries out a round's verdicts that change invoices' states, inside the transaction that claimed them: the state
 * changes in one batch, then the anomalies and re-upload requests in another. Each verdict is logged with its
 * invoice's key; the reason stays out of the log: it quotes the tax system's figures and fields.
 */
@Component
class VerdictActions {

    private static final Logger log = LoggerFactory.getLogger(VerdictActions.class);

    private final Ledger ledger;
    private final Outbox outbox;
    private final Traces traces;

    VerdictActions(Ledger ledger, Outbox outbox, Traces traces) {
        this.ledger = ledger;
        this.outbox = outbox;
        this.traces = traces;
    }

    void apply(List<CheckedInvoice> checked) {
        Map<InvoiceKey, OwnChange> changes = new LinkedHashMap<>();
        List<OutgoingEvent> events = new ArrayList<>();
        for (CheckedInvoice c : checked) {
            logVerdict(c.invoice(), c.verdict());
            stateChange(c.invoice(), c.verdict())
                    .ifPresent(change -> changes.put(c.invoice().key(), change));
            sideEvent(c.invoice(), c.verdict()).ifPresent(events::add);
        }
        ledger.change(changes);
        outbox.appendAll(events);
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
                    // no new state: the round schedules the next look for the whole batch at once
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
