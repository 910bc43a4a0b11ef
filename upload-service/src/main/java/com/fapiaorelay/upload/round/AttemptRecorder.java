package com.fapiaorelay.upload.round;

import com.fapiaorelay.common.tax.UploadResult;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;

/** Everything an upload's answers tell besides the invoices' next states: breaker, history, ops, metrics. */
class AttemptRecorder {

    private final AttemptRows attempts;
    private final EndpointWatch watch;
    private final MeterRegistry meters;

    AttemptRecorder(AttemptRows attempts, EndpointWatch watch, MeterRegistry meters) {
        this.attempts = attempts;
        this.watch = watch;
        this.meters = meters;
    }

    void record(TaxEndpoint endpoint, List<UploadResult> results, long nanos) {
        endpoint.record(results, nanos);
        attempts.record(endpoint.name(), results, nanos / 1_000_000);
        watch.answered(endpoint, results);
        meters.summary("fapiao.upload.batch.size").record(results.size());
        results.forEach(result -> meters.counter(
                        "fapiao.upload.attempts", "outcome", result.outcome().name())
                .increment());
    }
}
