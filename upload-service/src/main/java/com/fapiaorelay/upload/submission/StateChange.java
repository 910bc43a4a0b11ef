package com.fapiaorelay.upload.submission;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.validation.Finding;
import java.time.Instant;
import java.util.List;

/**
 * An invoice's next state. {@code nextAttemptAt} is null unless a worker should pick it up again then; {@code
 * announce} is false for a change readers need not hear about (a retry rescheduled in the same state); {@code
 * findings} are the validation findings that travel with the event.
 */
public record StateChange(
        Invoice invoice,
        InvoiceState state,
        long version,
        Instant nextAttemptAt,
        String receiptId,
        String reasonCode,
        String reason,
        boolean announce,
        List<Finding> findings) {

    public static StateChange to(Invoice invoice, InvoiceState state, long version) {
        return new StateChange(invoice, state, version, null, null, null, null, true, List.of());
    }

    public StateChange dueAt(Instant when) {
        return new StateChange(invoice, state, version, when, receiptId, reasonCode, reason, announce, findings);
    }

    public StateChange withReceipt(String receipt) {
        return new StateChange(invoice, state, version, nextAttemptAt, receipt, reasonCode, reason, announce, findings);
    }

    public StateChange because(String code, String why) {
        return new StateChange(invoice, state, version, nextAttemptAt, receiptId, code, why, announce, findings);
    }

    public StateChange withFindings(List<Finding> found) {
        return new StateChange(invoice, state, version, nextAttemptAt, receiptId, reasonCode, reason, announce, found);
    }

    public StateChange quietly() {
        return new StateChange(invoice, state, version, nextAttemptAt, receiptId, reasonCode, reason, false, findings);
    }
}
