package com.fapiaorelay.upload.submission;

import com.fapiaorelay.common.invoice.Invoice;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The one way an invoice's state changes: the row and its outgoing events in one transaction. */
@Service
public class StateTransitions {

    private final Submissions submissions;
    private final StatusEvents events;

    StateTransitions(Submissions submissions, StatusEvents events) {
        this.submissions = submissions;
        this.events = events;
    }

    @Transactional
    public void apply(List<StateChange> changes) {
        submissions.apply(changes);
        events.announce(changes);
    }

    @Transactional
    public void store(List<NewSubmission> submitted) {
        submissions.store(submitted);
        events.announce(submitted.stream().map(NewSubmission::firstState).toList());
    }

    @Transactional
    public void reportConflicts(List<Invoice> invoices) {
        events.conflicts(invoices);
    }

    /** Announces a change already made in SQL, with the reason behind it. */
    @Transactional
    public void announce(StateChange change) {
        events.announce(List.of(change));
    }
}
