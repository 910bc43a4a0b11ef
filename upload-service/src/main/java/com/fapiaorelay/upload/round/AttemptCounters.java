package com.fapiaorelay.upload.round;

import com.fapiaorelay.common.tax.UploadOutcome;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Registers {@code fapiao_upload_attempts_total{outcome}} at zero for every outcome on start: the error and rejection
 * rate rules divide by these, and a ratio over a missing series is no answer at all.
 */
@Component
class AttemptCounters {

    AttemptCounters(MeterRegistry meters) {
        for (UploadOutcome outcome : UploadOutcome.values()) {
            meters.counter("fapiao.upload.attempts", "outcome", outcome.name());
        }
        meters.counter("fapiao.upload.deferred", "reason", "quota");
    }
}
