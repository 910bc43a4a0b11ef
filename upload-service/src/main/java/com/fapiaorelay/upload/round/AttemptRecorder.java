package com.fapiaorelay.upload.round;

import com.fapiaorelay.common.tax.UploadResult;
import com.fapiaorelay.upload.round.AttemptRows.Answered;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Everything an upload's answers tell besides the invoices' next states: breaker, history, ops, metrics. The history
 * is written with the round's outcomes, in their transaction: one commit per round.
 */
class AttemptRecorder {

    private final AttemptRows attempts;
    private final EndpointWatch watch;
    private final MeterRegistry meters;
    private final TransactionTemplate transaction;

    AttemptRecorder(AttemptRows attempts, EndpointWatch watch, MeterRegistry meters, TransactionTemplate transaction) {
        this.attempts = attempts;
        this.watch = watch;
        this.meters = meters;
        this.transaction = transaction;
    }

    /** Tells the breaker, ops and metrics at once; answers the history to write with {@link #writeTogether}. */
    Answered record(TaxEndpoint endpoint, List<UploadResult> results, long nanos) {
        endpoint.record(results, nanos);
        watch.answered(endpoint, results);
        meters.summary("fapiao.upload.batch.size").record(results.size());
        results.stream()
                .collect(Collectors.groupingBy(UploadResult::outcome, Collectors.counting()))
                .forEach((outcome, count) -> meters.counter("fapiao.upload.attempts", "outcome", outcome.name())
                        .increment(count));
        return new Answered(endpoint.name(), results, nanos / 1_000_000);
    }

    /** Writes {@code answered}, if any, and the round's {@code outcomes} in one transaction; answers theirs. */
    <T> T writeTogether(Answered answered, Supplier<T> outcomes) {
        return transaction.execute(status -> {
            if (answered != null) {
                attempts.record(answered);
            }
            return outcomes.get();
        });
    }
}
