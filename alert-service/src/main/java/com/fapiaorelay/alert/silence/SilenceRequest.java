package com.fapiaorelay.alert.silence;

import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Body of creating a silence: at least one matcher, an end in the future but no further than the longest silence
 * allowed, and a comment saying why. Who asks is whoever authenticated the request, never the body.
 */
record SilenceRequest(
        String anomalyType, Severity severity, String sellerTaxId, OffsetDateTime endsAt, String comment) {

    static final int MAX_TEXT = 200;

    SilenceRequest checked(OffsetDateTime now, Duration longest) {
        if (anomalyType == null && severity == null && sellerTaxId == null) {
            throw SilenceProblem.invalid("A silence needs at least one matcher: anomalyType, severity or sellerTaxId");
        }
        if (endsAt == null || !endsAt.isAfter(now)) {
            throw SilenceProblem.invalid("A silence needs an endsAt in the future");
        }
        if (endsAt.isAfter(now.plus(longest))) {
            throw SilenceProblem.invalid(
                    "A silence may last at most " + longest + " (fapiao.alert.silence.max-duration)");
        }
        if (comment == null || comment.isBlank()) {
            throw SilenceProblem.invalid("A silence needs a comment saying why");
        }
        if (comment.length() > MAX_TEXT) {
            throw SilenceProblem.invalid("comment is longer than " + MAX_TEXT + " characters");
        }
        return this;
    }
}
