package com.fapiaorelay.upload.round;

import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.tax.UploadResult;
import com.fapiaorelay.upload.submission.StateChange;
import com.fapiaorelay.upload.submission.Submission;
import java.time.Duration;
import java.time.Instant;

/**
 * Decides an invoice's next state from the tax interface's answer (DESIGN.md section 4). Time spent in declared
 * maintenance windows does not count against the retry budget: uploads were held, not tried.
 */
class OutcomeDecision {

    private final RetrySchedule retries;
    private final PausedTime paused;

    OutcomeDecision(RetrySchedule retries, PausedTime paused) {
        this.retries = retries;
        this.paused = paused;
    }

    /** How long uploads were held by maintenance between two instants. */
    interface PausedTime {
        Duration between(Instant from, Instant to);
    }

    StateChange next(Submission submission, UploadResult result, Instant now) {
        return switch (result.outcome()) {
            case ACCEPTED, DUPLICATE -> move(submission, InvoiceState.UPLOADED).withReceipt(result.receiptId());
            case REJECTED -> move(submission, InvoiceState.REJECTED).because(result.code(), result.message());
            case CONFLICT -> move(submission, InvoiceState.REJECTED).because("CONFLICT", result.message());
            case RETRYABLE, ENDPOINT_FAILED -> retry(submission, InvoiceState.UPLOAD_PENDING, result, now);
            case UNKNOWN -> retry(submission, InvoiceState.OUTCOME_UNKNOWN, result, now);
        };
    }

    private StateChange retry(Submission submission, InvoiceState waiting, UploadResult result, Instant now) {
        if (budgetSpent(submission.firstAttemptAt(), now)) {
            return move(submission, InvoiceState.UPLOAD_FAILED)
                    .because(result.code(), "重试预算已用完 / retry budget spent: " + result.message())
                    .replayingAs(waiting);
        }
        Instant next = retries.nextAttempt(now, submission.attempts(), result.retryAfter());
        if (waiting == submission.state()) {
            return move(submission, waiting)
                    .dueAt(next)
                    .because(result.code(), result.message())
                    .quietly();
        }
        return move(submission, waiting).dueAt(next).because(result.code(), result.message());
    }

    /** Asks for the paused time only when the budget is spent without it, which is rare. */
    private boolean budgetSpent(Instant firstAttempt, Instant now) {
        return retries.budgetSpent(firstAttempt, now)
                && retries.budgetSpent(firstAttempt.plus(paused.between(firstAttempt, now)), now);
    }

    private static StateChange move(Submission submission, InvoiceState state) {
        return StateChange.to(submission.key(), submission.figures(), state);
    }
}
