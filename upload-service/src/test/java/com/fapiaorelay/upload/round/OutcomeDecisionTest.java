package com.fapiaorelay.upload.round;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.tax.UploadOutcome;
import com.fapiaorelay.common.tax.UploadResult;
import com.fapiaorelay.testsupport.TestInvoices;
import com.fapiaorelay.upload.submission.StateChange;
import com.fapiaorelay.upload.submission.Submission;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutcomeDecisionTest {

    private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");
    private final Invoice invoice = TestInvoices.invoice();
    private static final RetrySchedule SIX_HOURS = new RetrySchedule(
            new UploadProperties.Retry(Duration.ofSeconds(2), Duration.ofMinutes(10), 0.0, Duration.ofHours(6)));
    private final OutcomeDecision decision = new OutcomeDecision(SIX_HOURS, (from, to) -> Duration.ZERO);

    @Test
    void duplicateOfIdenticalContentIsUploadedWithTheOriginalReceipt() {
        StateChange next = decide(pending(1), answer(UploadOutcome.DUPLICATE, "R-1", null));

        assertThat(next.state()).isEqualTo(InvoiceState.UPLOADED);
        assertThat(next.receiptId()).isEqualTo("R-1");
        assertThat(next.announce()).isTrue();
    }

    @Test
    void conflictNeedsAHumanAsARejectionWithReasonConflict() {
        StateChange next = decide(pending(1), answer(UploadOutcome.CONFLICT, null, null));

        assertThat(next.state()).isEqualTo(InvoiceState.REJECTED);
        assertThat(next.reasonCode()).isEqualTo("CONFLICT");
    }

    @Test
    void retryableAnswerWaitsAtLeastWhatTheServerAskedWithoutAnnouncingIt() {
        StateChange next = decide(pending(1), answer(UploadOutcome.RETRYABLE, null, Duration.ofMinutes(1)));

        assertThat(next.state()).isEqualTo(InvoiceState.UPLOAD_PENDING);
        assertThat(next.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(next.announce()).isFalse();
    }

    @Test
    void backOffDoublesWithEachAttempt() {
        assertThat(decide(pending(3), answer(UploadOutcome.RETRYABLE, null, null))
                        .nextAttemptAt())
                .isEqualTo(NOW.plusSeconds(8));
    }

    @Test
    void unknownOutcomeIsAnnouncedAndLookedUpLater() {
        StateChange next = decide(pending(1), answer(UploadOutcome.UNKNOWN, null, null));

        assertThat(next.state()).isEqualTo(InvoiceState.OUTCOME_UNKNOWN);
        assertThat(next.announce()).isTrue();
        assertThat(next.nextAttemptAt()).isAfter(NOW);
    }

    @Test
    void endpointRefusingTheRequestKeepsTheInvoicePendingNotRejected() {
        StateChange next = decide(pending(1), answer(UploadOutcome.ENDPOINT_FAILED, null, null));

        assertThat(next.state()).isEqualTo(InvoiceState.UPLOAD_PENDING);
        assertThat(next.nextAttemptAt()).isEqualTo(NOW.plusSeconds(2));
    }

    @Test
    void retryBudgetSpentEndsInUploadFailedToBeReplayedWhereItWaited() {
        Submission longAgo = pending(40, NOW.minus(Duration.ofHours(7)));

        StateChange afterRetryable = decide(longAgo, answer(UploadOutcome.RETRYABLE, null, null));
        StateChange afterUnknown = decide(longAgo, answer(UploadOutcome.UNKNOWN, null, null));

        assertThat(afterRetryable.state()).isEqualTo(InvoiceState.UPLOAD_FAILED);
        assertThat(afterRetryable.replayState()).isEqualTo(InvoiceState.UPLOAD_PENDING);
        assertThat(afterUnknown.state()).isEqualTo(InvoiceState.UPLOAD_FAILED);
        assertThat(afterUnknown.replayState()).isEqualTo(InvoiceState.OUTCOME_UNKNOWN);
    }

    @Test
    void timeHeldByDeclaredMaintenanceIsNotCountedAgainstTheBudget() {
        Submission longAgo = pending(40, NOW.minus(Duration.ofHours(7)));
        OutcomeDecision afterTwoHoursOfMaintenance = new OutcomeDecision(SIX_HOURS, (from, to) -> Duration.ofHours(2));

        StateChange next = afterTwoHoursOfMaintenance.next(longAgo, answer(UploadOutcome.RETRYABLE, null, null), NOW);

        assertThat(next.state()).isEqualTo(InvoiceState.UPLOAD_PENDING);
    }

    private StateChange decide(Submission submission, UploadResult result) {
        return decision.next(submission, result, NOW);
    }

    private Submission pending(int attempts) {
        return pending(attempts, NOW);
    }

    private Submission pending(int attempts, Instant firstAttemptAt) {
        return new Submission(
                invoice.key(),
                InvoiceFigures.of(invoice),
                new byte[0],
                InvoiceState.UPLOAD_PENDING,
                attempts,
                firstAttemptAt);
    }

    private UploadResult answer(UploadOutcome outcome, String receipt, Duration retryAfter) {
        return new UploadResult(invoice.key(), outcome, receipt, "C", "message", retryAfter);
    }
}
