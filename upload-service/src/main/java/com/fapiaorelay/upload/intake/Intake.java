package com.fapiaorelay.upload.intake;

import com.fapiaorelay.common.event.InvoiceSubmitted;
import com.fapiaorelay.common.invoice.ContentHash;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.upload.submission.NewSubmission;
import com.fapiaorelay.upload.submission.StateChange;
import com.fapiaorelay.upload.submission.StateTransitions;
import com.fapiaorelay.upload.submission.StoredState;
import com.fapiaorelay.upload.submission.Submissions;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores submitted invoices idempotently (DESIGN.md section 5) and queues them for upload. */
@Service
public class Intake {

    private final Submissions submissions;
    private final StateTransitions transitions;
    private final MeterRegistry meters;

    Intake(Submissions submissions, StateTransitions transitions, MeterRegistry meters) {
        this.submissions = submissions;
        this.transitions = transitions;
        this.meters = meters;
    }

    /** Takes a batch in; answers what happened to each invoice, by key. */
    @Transactional
    public Map<InvoiceKey, IntakeOutcome> accept(List<InvoiceSubmitted> events, String channel) {
        Map<InvoiceKey, InvoiceSubmitted> latest = new LinkedHashMap<>();
        events.forEach(event -> latest.put(event.invoice().key(), event));
        Map<InvoiceKey, StoredState> held = submissions.lockExisting(List.copyOf(latest.keySet()));
        Map<InvoiceKey, IntakeOutcome> outcomes = new LinkedHashMap<>();
        List<NewSubmission> toStore = new ArrayList<>();
        List<Invoice> conflicts = new ArrayList<>();
        latest.forEach((key, event) -> {
            String hash = ContentHash.of(event.invoice());
            IntakeOutcome outcome = decide(held.get(key), hash);
            outcomes.put(key, outcome);
            if (outcome == IntakeOutcome.ACCEPTED || outcome == IntakeOutcome.REPLACED) {
                long version = held.containsKey(key) ? held.get(key).version() + 1 : 1;
                toStore.add(new NewSubmission(queued(event.invoice(), version), hash, event.source()));
            } else if (outcome == IntakeOutcome.CONFLICT) {
                conflicts.add(event.invoice());
            }
        });
        transitions.store(toStore);
        transitions.reportConflicts(conflicts);
        outcomes.values().forEach(outcome -> count(channel, outcome));
        return outcomes;
    }

    private static IntakeOutcome decide(StoredState stored, String hash) {
        if (stored == null) {
            return IntakeOutcome.ACCEPTED;
        }
        if (stored.contentHash().equals(hash)) {
            return IntakeOutcome.DUPLICATE;
        }
        return stored.replaceable() ? IntakeOutcome.REPLACED : IntakeOutcome.CONFLICT;
    }

    private static StateChange queued(Invoice invoice, long version) {
        return StateChange.to(invoice, InvoiceState.UPLOAD_PENDING, version).dueAt(Instant.now());
    }

    private void count(String channel, IntakeOutcome outcome) {
        meters.counter("fapiao.intake", "channel", channel, "outcome", outcome.name())
                .increment();
    }
}
