package com.fapiaorelay.alert.silence;

import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import java.time.OffsetDateTime;

/** Body of creating a silence: at least one matcher, an end in the future, and who asks. */
record SilenceRequest(
        String anomalyType, Severity severity, String sellerTaxId, OffsetDateTime endsAt, String comment, String by) {

    static final int MAX_TEXT = 200;

    SilenceRequest checked(OffsetDateTime now) {
        if (anomalyType == null && severity == null && sellerTaxId == null) {
            throw SilenceProblem.invalid("A silence needs at least one matcher: anomalyType, severity or sellerTaxId");
        }
        if (endsAt == null || !endsAt.isAfter(now)) {
            throw SilenceProblem.invalid("A silence needs an endsAt in the future");
        }
        if (comment != null && comment.length() > MAX_TEXT) {
            throw SilenceProblem.invalid("comment is longer than " + MAX_TEXT + " characters");
        }
        return new SilenceRequest(anomalyType, severity, sellerTaxId, endsAt, comment, Actor.check(by));
    }
}
