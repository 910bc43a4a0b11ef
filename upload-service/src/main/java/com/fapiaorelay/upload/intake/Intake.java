package com.fapiaorelay.upload.intake;

import com.fapiaorelay.common.event.InvoiceSubmitted;
import com.fapiaorelay.common.invoice.ContentHash;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.validation.Finding;
import com.fapiaorelay.common.validation.InvoiceValidator;
import com.fapiaorelay.upload.submission.NewSubmission;
import com.fapiaorelay.upload.submission.StateChange;
import com.fapiaorelay.upload.submission.StoredState;
import com.fapiaorelay.upload.submission.Submissions;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores submitted invoices idempotently (DESIGN.md section 5) and queues them for upload. */
@Service
public class Intake {

    private final Submissions submissions;
    private final InvoiceValidator validator;
    private final SourceBindings sourceBindings;
    private final ConflictingContentRows conflictingContents;
    private final MeterRegistry meters;
    private final Clock clock;

    Intake(
            Submissions submissions,
            InvoiceValidator validator,
            SourceBindings sourceBindings,
            ConflictingContentRows conflictingContents,
            MeterRegistry meters,
            Clock clock) {
        this.submissions = submissions;
        this.validator = validator;
        this.sourceBindings = sourceBindings;
        this.conflictingContents = conflictingContents;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * Takes a batch in; answers what happened to each invoice, by key (its last event's outcome). Two events for one
     * key are taken in turn, in rounds in which each key appears once, so the earlier one is stored and then decided
     * against like any resubmission, never dropped unrecorded.
     */
    @Transactional
    public Map<InvoiceKey, IntakeOutcome> accept(List<InvoiceSubmitted> events, String channel) {
        Map<InvoiceKey, IntakeOutcome> outcomes = new LinkedHashMap<>();
        for (Map<InvoiceKey, InvoiceSubmitted> round : rounds(events)) {
            outcomes.putAll(acceptRound(round, channel));
        }
        return outcomes;
    }

    private static List<Map<InvoiceKey, InvoiceSubmitted>> rounds(List<InvoiceSubmitted> events) {
        Map<InvoiceKey, Integer> seen = new HashMap<>();
        List<Map<InvoiceKey, InvoiceSubmitted>> rounds = new ArrayList<>();
        for (InvoiceSubmitted event : events) {
            int round = seen.merge(event.invoice().key(), 1, Integer::sum) - 1;
            if (round == rounds.size()) {
                rounds.add(new LinkedHashMap<>());
            }
            rounds.get(round).put(event.invoice().key(), event);
        }
        return rounds;
    }

    private Map<InvoiceKey, IntakeOutcome> acceptRound(Map<InvoiceKey, InvoiceSubmitted> latest, String channel) {
        Map<InvoiceKey, StoredState> held = submissions.lockHeld(List.copyOf(latest.keySet()));
        Map<InvoiceKey, IntakeOutcome> outcomes = new LinkedHashMap<>();
        List<NewSubmission> toStore = new ArrayList<>();
        List<Invoice> conflicts = new ArrayList<>();
        List<ConflictingContentRows.Conflicting> kept = new ArrayList<>();
        latest.forEach((key, event) -> {
            String payload = ContentHash.canonicalJson(event.invoice());
            String hash = ContentHash.ofJson(payload);
            IntakeOutcome outcome = decide(held.get(key), hash);
            if (outcome == IntakeOutcome.ACCEPTED || outcome == IntakeOutcome.REPLACED) {
                StateChange first = firstState(event, channel);
                toStore.add(new NewSubmission(first, payload, hash, event.source(), held.get(key)));
                outcome = first.state() == InvoiceState.INVALID ? IntakeOutcome.INVALID : outcome;
            } else if (outcome == IntakeOutcome.CONFLICT) {
                conflicts.add(event.invoice());
                kept.add(new ConflictingContentRows.Conflicting(event, payload, hash));
            }
            outcomes.put(key, outcome);
        });
        submissions.accept(toStore);
        submissions.reportConflicts(conflicts);
        conflictingContents.keep(kept);
        outcomes.values().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .forEach((outcome, invoices) -> count(channel, outcome, invoices));
        return outcomes;
    }

    /** Counts invoices turned away before storage: REST and CSV answer validation errors to the caller at once. */
    public void countInvalid(String channel, int invoices) {
        count(channel, IntakeOutcome.INVALID, invoices);
    }

    private void count(String channel, IntakeOutcome outcome, long invoices) {
        meters.counter("fapiao.intake", "channel", channel, "outcome", outcome.name())
                .increment(invoices);
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

    /**
     * Queued for upload, or INVALID with the errors that block it; either way with every finding attached. A Kafka
     * event whose source may not submit for its seller is held too (REST and CSV are bound by their API key).
     */
    private StateChange firstState(InvoiceSubmitted event, String channel) {
        Invoice invoice = event.invoice();
        List<Finding> findings = new ArrayList<>(validator.validate(invoice).findings());
        if (SubmittedListener.CHANNEL.equals(channel)) {
            sourceBindings.refusal(event).ifPresent(refusal -> findings.add(0, refusal));
        }
        StateChange first = findings.stream().anyMatch(Finding::isError)
                ? StateChange.to(invoice, InvoiceState.INVALID)
                        .because(
                                "VALIDATION",
                                "校验未通过 / validation failed: "
                                        + String.join(
                                                ", ",
                                                findings.stream()
                                                        .map(Finding::code)
                                                        .toList()))
                : StateChange.to(invoice, InvoiceState.UPLOAD_PENDING).dueAt(clock.instant());
        return first.withFindings(findings);
    }
}
