package com.fapiaorelay.upload.submission;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.upload.submission.SubmissionRows.Replayed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door to an invoice's state in upload-service: each intent moves the row, counts its version and appends its
 * status event to the outbox in one transaction, and refuses a move the lifecycle ({@link InvoiceState#canMoveTo})
 * does not allow. An upload round's writes land only while its {@link Claim} still holds the invoices.
 */
@Service
public class Submissions {

    /** Stored and in flight: what a worker claims when due. RECEIVED never has a row here. */
    static final Set<InvoiceState> AWAITING_UPLOAD =
            InvoiceState.where(state -> state.inFlight() && state != InvoiceState.RECEIVED);

    private final SubmissionRows rows;
    private final ContentRows contents;
    private final ClaimRows claims;
    private final StatusEvents events;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Submissions(
            SubmissionRows rows,
            ContentRows contents,
            ClaimRows claims,
            StatusEvents events,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.rows = rows;
        this.contents = contents;
        this.claims = claims;
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Locks the rows already held for these keys, so the caller decides on a stable state. */
    @Transactional
    public Map<InvoiceKey, StoredState> lockHeld(List<InvoiceKey> keys) {
        return rows.lockExisting(keys);
    }

    /** Stores new invoices, or replaces the content of ones never sent, in their first state, version 1 or next. */
    @Transactional
    public void accept(List<NewSubmission> submitted) {
        submitted.forEach(s -> refuseIllegal(
                s.replacing() == null ? InvoiceState.RECEIVED : s.replacing().state(), s.firstState()));
        contents.store(submitted);
        events.announce(
                submitted.stream().map(NewSubmission::firstState).toList(),
                submitted.stream().collect(Collectors.toMap(s -> s.firstState().key(), NewSubmission::version)));
        publisher.publishEvent(new InvoicesQueued());
    }

    /** An invoice arrived again with other content after it may have reached the tax authority. */
    @Transactional
    public void reportConflicts(List<Invoice> invoices) {
        events.conflicts(invoices);
    }

    /** Claims up to {@code limit} due invoices for one upload round, held for {@code lease}. */
    @Transactional
    public Claim claim(int limit, Duration lease) {
        UUID token = UUID.randomUUID();
        return new Claim(token, claims.claimDue(limit, lease, token));
    }

    /**
     * Records a round's outcomes and announces them; answers the keys recorded. An invoice whose lease ran out and
     * which another round claimed since is left to that round: neither its row nor its events change.
     */
    @Transactional
    public Set<InvoiceKey> recordOutcomes(Claim claim, List<StateChange> changes) {
        if (changes.isEmpty()) {
            return Set.of();
        }
        Map<InvoiceKey, Submission> claimed =
                claim.submissions().stream().collect(Collectors.toMap(Submission::key, Function.identity()));
        changes.forEach(change -> refuseIllegal(claimed.get(change.key()).state(), change));
        Map<InvoiceKey, Long> written = claims.recordOutcomes(claim.token(), changes);
        events.announce(changes, written);
        return written.keySet();
    }

    /** Hands invoices of a claim back untried, due again at {@code when}, if the claim still holds them. */
    @Transactional
    public void release(Claim claim, List<Submission> untried, Instant when) {
        if (!untried.isEmpty()) {
            claims.release(claim.token(), untried, when);
        }
    }

    /**
     * Puts an uploaded invoice back in the queue for re-upload round {@code round}, once per round. It goes back as
     * OUTCOME_UNKNOWN: an earlier round's upload may have landed after sync-service gave up waiting, so the worker
     * looks it up before sending it again. Answers whether it was requeued.
     */
    @Transactional
    public boolean requeue(InvoiceKey key, int round, String reason) {
        String stored = "sync-service 未在税务系统中查到，第 " + round + " 轮重传 / not visible, re-upload round " + round;
        return rows.requeue(key, round, stored)
                .map(version -> {
                    StateChange change = StateChange.to(contents.invoiceOf(key), InvoiceState.OUTCOME_UNKNOWN)
                            .because("REUPLOAD", reason);
                    events.announce(List.of(change), Map.of(key, version));
                    publisher.publishEvent(new InvoicesQueued());
                    return true;
                })
                .orElse(false);
    }

    /**
     * Puts corrected content in place of a held invoice's and queues it as never tried before; {@code payload} is its
     * canonical JSON, the text {@code contentHash} was computed over.
     */
    @Transactional
    public void reenter(StateChange change, String payload, String contentHash, String source) {
        refuseIllegal(heldState(change.key()), change);
        long version = contents.reenter(change, payload, contentHash, source);
        events.announce(List.of(change), Map.of(change.key(), version));
        publisher.publishEvent(new InvoicesQueued());
    }

    /** Marks an invoice replaced by a correction under another number. */
    @Transactional
    public void supersede(InvoiceKey key, String reasonCode, String reason) {
        StateChange change =
                StateChange.to(contents.invoiceOf(key), InvoiceState.SUPERSEDED).because(reasonCode, reason);
        refuseIllegal(heldState(key), change);
        events.announce(List.of(change), Map.of(key, rows.settle(change)));
    }

    /**
     * Queues the selected invoices again with a fresh retry budget: as OUTCOME_UNKNOWN, to be looked up first, where
     * their last outcome was unknown, else UPLOAD_PENDING. Answers the keys queued.
     */
    @Transactional
    public List<InvoiceKey> replay(
            Collection<InvoiceState> states, String sellerTaxId, List<InvoiceKey> keys, String code, String reason) {
        states.forEach(state -> {
            if (!state.canMoveTo(InvoiceState.UPLOAD_PENDING)) {
                throw MoveRefused.of(state, InvoiceState.UPLOAD_PENDING);
            }
        });
        List<Replayed> replayed = rows.replay(states, sellerTaxId, keys, code, reason);
        Instant now = clock.instant();
        events.announce(
                replayed.stream()
                        .map(r -> StateChange.to(r.invoice(), r.state())
                                .dueAt(now)
                                .because(code, reason))
                        .toList(),
                replayed.stream().collect(Collectors.toMap(r -> r.invoice().key(), Replayed::version)));
        publisher.publishEvent(new InvoicesQueued());
        return replayed.stream().map(r -> r.invoice().key()).toList();
    }

    /** Where the invoice's current content came from: a topic, an API client or a re-entry. */
    public String sourceOf(InvoiceKey key) {
        return rows.sourceOf(key);
    }

    public long countAwaitingUpload() {
        return claims.countAwaitingUpload();
    }

    private InvoiceState heldState(InvoiceKey key) {
        return rows.lockExisting(List.of(key)).get(key).state();
    }

    private static void refuseIllegal(InvoiceState from, StateChange change) {
        if (!from.canMoveTo(change.state())) {
            throw MoveRefused.of(from, change.state());
        }
    }
}
