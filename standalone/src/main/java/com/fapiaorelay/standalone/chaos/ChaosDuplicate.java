package com.fapiaorelay.standalone.chaos;

import java.time.Instant;
import java.util.List;

/**
 * One invoice the sandbox received more than once, with upload-service's attempts for it. Each extra upload must
 * follow an UNKNOWN outcome: the look-up before the resend did not find the invoice, which the sandbox's timestamps
 * prove when the resend went out before the first copy became visible.
 */
record ChaosDuplicate(String key, int uploads, Instant visibleAt, List<Attempt> attempts) {

    enum Verdict {
        /** every extra upload is a resend after UNKNOWN, sent before the first copy was visible */
        PROVEN_BLIND,
        /** resent after UNKNOWN, but after the first copy's visibility time: blind only if it was not yet committed */
        AFTER_UNKNOWN,
        /** an extra upload no UNKNOWN outcome explains */
        UNEXPLAINED
    }

    record Attempt(String outcome, String code, Instant sentAt) {}

    Verdict verdict() {
        int extra = uploads - 1;
        if (resendsAfterUnknown() < extra || duplicateAnswerWithoutUnknown()) {
            return Verdict.UNEXPLAINED;
        }
        return blindResends() >= extra ? Verdict.PROVEN_BLIND : Verdict.AFTER_UNKNOWN;
    }

    /** Attempts as upload-service recorded them, e.g. {@code UNKNOWN@10:15:02.120 → DUPLICATE@10:15:04.310}. */
    String history() {
        return String.join(
                " → ",
                attempts.stream()
                        .map(a -> a.outcome() + (a.code() == null ? "" : "(" + a.code() + ")") + "@" + a.sentAt())
                        .toList());
    }

    private long resendsAfterUnknown() {
        long count = 0;
        for (int i = 1; i < attempts.size(); i++) {
            count += attempts.get(i - 1).outcome().equals("UNKNOWN") ? 1 : 0;
        }
        return count;
    }

    private long blindResends() {
        long count = 0;
        for (int i = 1; i < attempts.size(); i++) {
            boolean afterUnknown = attempts.get(i - 1).outcome().equals("UNKNOWN");
            count += afterUnknown && attempts.get(i).sentAt().isBefore(visibleAt) ? 1 : 0;
        }
        return count;
    }

    /** The sandbox answered DUPLICATE to an upload that did not follow an UNKNOWN outcome. */
    private boolean duplicateAnswerWithoutUnknown() {
        for (int i = 0; i < attempts.size(); i++) {
            boolean duplicate = attempts.get(i).outcome().equals("DUPLICATE");
            if (duplicate && (i == 0 || !attempts.get(i - 1).outcome().equals("UNKNOWN"))) {
                return true;
            }
        }
        return false;
    }
}
