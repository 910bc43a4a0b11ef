package com.fapiaorelay.upload.round;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.tax.StoredInvoice;
import com.fapiaorelay.common.tax.TaxRecord;
import com.fapiaorelay.common.tax.UploadOutcome;
import com.fapiaorelay.common.tax.UploadResult;
import com.fapiaorelay.kit.lease.CallLease;
import com.fapiaorelay.kit.trace.Traces;
import com.fapiaorelay.upload.round.AttemptRows.Answered;
import com.fapiaorelay.upload.submission.Claim;
import com.fapiaorelay.upload.submission.StateChange;
import com.fapiaorelay.upload.submission.Submission;
import com.fapiaorelay.upload.submission.Submissions;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker round: pass the gate (no maintenance window, an endpoint whose breaker lets calls through), claim a
 * batch of due invoices within quota, look up those whose last outcome is unknown (never resend what may have
 * arrived), upload the rest while the lease leaves time for it, and record every invoice's next state, which lands
 * only where the claim still holds.
 */
class UploadRound {

    private static final Logger log = LoggerFactory.getLogger(UploadRound.class);
    private static final Duration QUOTA_WAIT = Duration.ofSeconds(1);

    private final Submissions submissions;
    private final UploadGate gate;
    private final CallLease lease;
    private final SellerQuota quota;
    private final OutcomeDecision decision;
    private final AttemptRecorder recorder;
    private final UploadProperties properties;
    private final MeterRegistry meters;
    private final Traces traces;
    private final Clock clock;

    UploadRound(
            Submissions submissions,
            UploadGate gate,
            CallLease lease,
            SellerQuota quota,
            OutcomeDecision decision,
            AttemptRecorder recorder,
            UploadProperties properties,
            MeterRegistry meters,
            Traces traces,
            Clock clock) {
        this.submissions = submissions;
        this.gate = gate;
        this.lease = lease;
        this.quota = quota;
        this.decision = decision;
        this.recorder = recorder;
        this.properties = properties;
        this.meters = meters;
        this.traces = traces;
        this.clock = clock;
    }

    /** Answers how many invoices were claimed; a full batch means more may be due. */
    int run() {
        Optional<TaxEndpoint> endpoint = gate.open(clock.instant());
        if (endpoint.isEmpty()) {
            return 0;
        }
        long claimedAt = System.nanoTime();
        Claim claim = submissions.claim(properties.batchSize(), lease.duration());
        List<Submission> allowed = withinQuota(claim);
        List<StateChange> changes = new ArrayList<>();
        List<Submission> toSend = resolveUnknownOutcomes(endpoint.get(), allowed, changes);
        Optional<Answered> answered = sendWhileLeased(endpoint.get(), claim, toSend, claimedAt, changes);
        if (answered.isEmpty() && allowed.stream().noneMatch(UploadRound::outcomeUnknown)) {
            endpoint.get().breaker().releasePermission();
        }
        record(claim, changes, answered.orElse(null));
        return claim.submissions().size();
    }

    /**
     * Uploads unless the lease no longer covers the slowest upload: then hands the invoices back untried. Answers the
     * tax interface's answers if it was called.
     */
    private Optional<Answered> sendWhileLeased(
            TaxEndpoint endpoint, Claim claim, List<Submission> toSend, long claimedAt, List<StateChange> changes) {
        if (toSend.isEmpty()) {
            return Optional.empty();
        }
        if (!lease.leavesTimeForCall(claimedAt)) {
            log.warn("Lease too short to upload {} invoices now: handed back untried", toSend.size());
            submissions.release(claim, toSend, clock.instant());
            return Optional.empty();
        }
        return Optional.of(upload(endpoint, toSend, changes));
    }

    private void record(Claim claim, List<StateChange> changes, Answered answered) {
        if (changes.isEmpty()) {
            return;
        }
        Set<InvoiceKey> recorded = recorder.writeTogether(answered, () -> submissions.recordOutcomes(claim, changes));
        changes.stream().filter(c -> recorded.contains(c.key())).forEach(this::logChange);
        int lost = changes.size() - recorded.size();
        if (lost > 0) {
            meters.counter("fapiao.upload.lease.lost").increment(lost);
            log.warn("Lease ran out: {} outcomes left to the rounds that claimed those invoices since", lost);
        }
    }

    /** The reason text stays out: the tax interface's messages may quote the buyer's identifiers. */
    private void logChange(StateChange change) {
        try (var invoice = traces.invoice(change.key().toString(), null)) {
            if (change.state() == InvoiceState.REJECTED || change.state() == InvoiceState.UPLOAD_FAILED) {
                log.warn("Upload ended {} ({}): held for a human", change.state(), change.reasonCode());
            } else {
                log.debug("Upload round moved the invoice to {} ({})", change.state(), change.reasonCode());
            }
        }
    }

    /** Invoices over their seller's or the global quota go back to the queue for a second, not counted as tried. */
    private List<Submission> withinQuota(Claim claim) {
        Map<Boolean, List<Submission>> byPermit = claim.submissions().stream()
                .collect(Collectors.partitioningBy(s -> quota.take(s.key().sellerTaxId())));
        List<Submission> deferred = byPermit.get(false);
        if (!deferred.isEmpty()) {
            submissions.release(claim, deferred, clock.instant().plus(QUOTA_WAIT));
            meters.counter("fapiao.upload.deferred", "reason", "quota").increment(deferred.size());
        }
        return byPermit.get(true);
    }

    private List<Submission> resolveUnknownOutcomes(
            TaxEndpoint endpoint, List<Submission> claimed, List<StateChange> changes) {
        Map<Boolean, List<Submission>> byUnknown =
                claimed.stream().collect(Collectors.partitioningBy(UploadRound::outcomeUnknown));
        List<Submission> toSend = new ArrayList<>(byUnknown.get(false));
        List<Submission> unknown = byUnknown.get(true);
        if (unknown.isEmpty()) {
            return toSend;
        }
        Optional<Map<InvoiceKey, TaxRecord>> visible = endpoint.lookup(
                        unknown.stream().map(Submission::key).toList())
                .map(records -> records.stream().collect(Collectors.toMap(TaxRecord::key, Function.identity())));
        Instant now = clock.instant();
        if (visible.isEmpty()) {
            unknown.forEach(submission -> changes.add(decision.next(submission, lookUpFailed(submission), now)));
            return toSend;
        }
        for (Submission submission : unknown) {
            TaxRecord record = visible.get().get(submission.key());
            if (record == null) {
                toSend.add(submission);
            } else {
                changes.add(decision.next(submission, foundOnLookUp(submission, record), now));
            }
        }
        return toSend;
    }

    private static boolean outcomeUnknown(Submission submission) {
        return submission.state() == InvoiceState.OUTCOME_UNKNOWN;
    }

    /** Uploads {@code toSend}, adds their next states to {@code changes}; answers the call's answers. */
    private Answered upload(TaxEndpoint endpoint, List<Submission> toSend, List<StateChange> changes) {
        List<StoredInvoice> invoices = toSend.stream().map(Submission::stored).toList();
        Timer.Sample sample = Timer.start(meters);
        List<UploadResult> results = endpoint.tax().uploadStored(invoices);
        long nanos = sample.stop(meters.timer("fapiao.upload.latency", "endpoint", endpoint.name()));
        Answered answered = recorder.record(endpoint, results, nanos);
        Instant now = clock.instant();
        for (int i = 0; i < toSend.size(); i++) {
            changes.add(decision.next(toSend.get(i), results.get(i), now));
        }
        return answered;
    }

    private static UploadResult foundOnLookUp(Submission submission, TaxRecord record) {
        return new UploadResult(
                submission.key(), UploadOutcome.ACCEPTED, record.receiptId(), "FOUND_ON_LOOKUP", null, null);
    }

    /** Without a look-up we cannot know whether it arrived, so it stays unknown and is not resent. */
    private static UploadResult lookUpFailed(Submission submission) {
        return UploadResult.of(submission.key(), UploadOutcome.UNKNOWN, "LOOKUP_FAILED", "税务接口查询失败 / look-up failed");
    }
}
