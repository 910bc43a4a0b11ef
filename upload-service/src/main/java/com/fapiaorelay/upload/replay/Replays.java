package com.fapiaorelay.upload.replay;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.upload.audit.AuditLog;
import com.fapiaorelay.upload.submission.ReplayableSubmissions;
import com.fapiaorelay.upload.submission.StateChange;
import com.fapiaorelay.upload.submission.StateTransitions;
import com.fapiaorelay.upload.submission.Submission;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends the selected invoices round again with a fresh retry budget; the replay and its audit entry commit together. */
@Service
class Replays {

    static final String REASON_CODE = "REPLAY";

    private final ReplayableSubmissions replayable;
    private final StateTransitions transitions;
    private final AuditLog audit;
    private final Clock clock;

    Replays(ReplayableSubmissions replayable, StateTransitions transitions, AuditLog audit, Clock clock) {
        this.replayable = replayable;
        this.transitions = transitions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    List<InvoiceKey> replay(ReplayRequest request, String actor) {
        List<Submission> selected =
                replayable.resetAttempts(request.statesToReplay(), request.sellerTaxId(), request.invoiceKeys());
        String why = "由 " + actor + " 重放 / replayed by " + actor;
        Instant now = clock.instant();
        transitions.apply(selected.stream()
                .map(submission -> StateChange.to(
                                submission.invoice(), InvoiceState.UPLOAD_PENDING, submission.version() + 1)
                        .dueAt(now)
                        .because(REASON_CODE, why))
                .toList());
        audit.record(actor, REASON_CODE, request.sellerTaxId(), "requeued " + selected.size() + " for " + request);
        return selected.stream().map(Submission::key).toList();
    }
}
