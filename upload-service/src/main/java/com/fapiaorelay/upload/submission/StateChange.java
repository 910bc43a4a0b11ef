package com.fapiaorelay.upload.submission;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.validation.Finding;
import java.time.Instant;
import java.util.List;

/**
 * An invoice's next state; {@link Submissions} gives it its version. {@code figures} travel with the status event;
 * {@code nextAttemptAt} is null unless a worker should pick it up again then; {@code announce} is false for a change
 * readers need not hear about (a retry rescheduled in the same state), which keeps the version; {@code findings} are
 * the validation findings that travel with the event; {@code replayState} is where a replay puts an UPLOAD_FAILED
 * invoice back.
 */
public record StateChange(
        InvoiceKey key,
        InvoiceFigures figures,
        InvoiceState state,
        Instant nextAttemptAt,
        String receiptId,
        String reasonCode,
        String reason,
        boolean announce,
        List<Finding> findings,
        InvoiceState replayState) {

    public static StateChange to(Invoice invoice, InvoiceState state) {
        return to(invoice.key(), InvoiceFigures.of(invoice), state);
    }

    public static StateChange to(InvoiceKey key, InvoiceFigures figures, InvoiceState state) {
        return new StateChange(key, figures, state, null, null, null, null, true, List.of(), null);
    }

    public StateChange dueAt(Instant when) {
        return new StateChange(
                key, figures, state, when, receiptId, reasonCode, reason, announce, findings, replayState);
    }

    public StateChange withReceipt(String receipt) {
        return new StateChange(
                key, figures, state, nextAttemptAt, receipt, reasonCode, reason, announce, findings, replayState);
    }

    public StateChange because(String code, String why) {
        return new StateChange(
                key, figures, state, nextAttemptAt, receiptId, code, why, announce, findings, replayState);
    }

    public StateChange withFindings(List<Finding> found) {
        return new StateChange(
                key, figures, state, nextAttemptAt, receiptId, reasonCode, reason, announce, found, replayState);
    }

    public StateChange quietly() {
        return new StateChange(
                key, figures, state, nextAttemptAt, receiptId, reasonCode, reason, false, findings, replayState);
    }

    /** An UPLOAD_FAILED invoice given up while waiting in {@code waiting}: a replay resumes it there. */
    public StateChange replayingAs(InvoiceState waiting) {
        return new StateChange(
                key, figures, state, nextAttemptAt, receiptId, reasonCode, reason, announce, findings, waiting);
    }
}
