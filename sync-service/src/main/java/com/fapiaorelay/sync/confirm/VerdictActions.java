package com.fapiaorelay.sync.confirm;

import com.fapiaorelay.common.event.ReuploadRequested;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.outbox.Outbox;
import com.fapiaorelay.kit.trace.Traces;
import com.fapiaorelay.sync.ledger.DueInvoice;
import com.fapiaorelay.sync.ledger.Ledger;
import com.fapiaorelay.sync.ledger.OwnChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Carries out a verdict that changes an invoice's state, inside the transaction that claimed it, and logs it with the
 * invoice's key. The reason stays out of the log: it quotes the tax system's figures and fields.
 */
@Component
class VerdictActions {

    private static final Logger log = LoggerFactory.getLogger(VerdictActions.class);

    private final Ledger ledger;
    private final Outbox outbox;
    private final InvoiceAnomalies anomalies;
    private final Traces traces;

    VerdictActions(Ledger ledger, Outbox outbox, InvoiceAnomalies anomalies, Traces traces) {
        this.ledger = ledger;
        this.outbox = outbox;
        this.anomalies = anomalies;
        this.traces = traces;
    }

    void apply(DueInvoice invoice, Verdict verdict) {
        try (var scope = traces.invoice(invoice.key().toString(), null)) {
            act(invoice, verdict);
            logVerdict(verdict);
        }
    }

    private static void logVerdict(Verdict verdict) {
        switch (verdict.outcome()) {
            case MISMATCH, MISSING_FINAL -> log.warn("Verdict {}: held for a human", verdict.outcome());
            case MISSING_REUPLOAD ->
                log.info("Not visible by the deadline: re-upload round {}", verdict.reuploadRound());
            default -> log.debug("Verdict {}", verdict.outcome());
        }
    }

    private void act(DueInvoice invoice, Verdict verdict) {
        switch (verdict.outcome()) {
            case CONFIRMED -> confirm(invoice, verdict);
            case MISMATCH -> mismatch(invoice, verdict);
            case MISSING_REUPLOAD -> requestReupload(invoice, verdict);
            case MISSING_FINAL -> handToHuman(invoice, verdict);
            case NOT_YET_VISIBLE, STILL_MISSING -> {
                // no new state: the round schedules the next look for the whole batch at once
            }
        }
    }

    private void confirm(DueInvoice invoice, Verdict verdict) {
        ledger.change(invoice.key(), change(InvoiceState.CONFIRMED, "FOUND", invoice, verdict, false));
        if (invoice.missingAlerted()) {
            anomalies.missingResolved(invoice.key());
        }
    }

    private void mismatch(DueInvoice invoice, Verdict verdict) {
        ledger.change(
                invoice.key(),
                change(InvoiceState.MISMATCH, "FIGURES_DIFFER", invoice, verdict, invoice.missingAlerted()));
        anomalies.mismatch(invoice.key(), verdict.reason());
    }

    private void requestReupload(DueInvoice invoice, Verdict verdict) {
        InvoiceKey key = invoice.key();
        ledger.change(
                key,
                new OwnChange(
                        InvoiceState.MISSING,
                        "NOT_VISIBLE",
                        verdict.reason(),
                        null,
                        verdict.nextCheckAt(),
                        verdict.reuploadRound(),
                        invoice.missingAlerted()));
        outbox.append(
                Topics.INVOICES_REUPLOAD,
                key.toString(),
                ReuploadRequested.of(Ledger.OWN_SOURCE, key, verdict.reuploadRound(), verdict.reason()));
    }

    private void handToHuman(DueInvoice invoice, Verdict verdict) {
        ledger.change(
                invoice.key(), change(InvoiceState.MISSING, "NOT_VISIBLE_AFTER_REUPLOADS", invoice, verdict, true));
        anomalies.missing(invoice.key(), verdict.reason());
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
