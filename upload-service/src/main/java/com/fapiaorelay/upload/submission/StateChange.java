package com.fapiaorelay.upload.submission;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceState;
import java.time.Instant;

/**
 * An invoice's next state. {@code nextAttemptAt} is null unless a worker should pick it up again then; {@code
 * announce} is false for a change readers need not hear about (a retry rescheduled in the same state).
 */
public record StateChange(
        Invoice invoice,
        InvoiceState state,
        long version,
        Instant nextAttemptAt,
        String receiptId,
        String reasonCode,
        String reason,
        boolean announce) {

    public static StateChange to(Invoice invoice, InvoiceState state, long version) {
        return new StateChange(invoice, state, version, null, null, null, null, true);
    }

    public StateChange dueAt(Instant when) {
        return new StateChange(invoice, state, version, when, receiptId, reasonCode, reason, announce);
    }

    public StateChange withReceipt(String receipt) {
        return new StateChange(invoice, state, version, nextAttemptAt, receipt, reasonCode, reason, announce);
    }

    public StateChange because(String code, String why) {
        return new StateChange(invoice, state, version, nextAttemptAt, receiptId, code, why, announce);
    }

    public StateChange quietly() {
        return new StateChange(invoice, state, version, nextAttemptAt, receiptId, reasonCode, reason, false);
    }
}
