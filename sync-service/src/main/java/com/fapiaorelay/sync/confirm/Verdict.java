package com.fapiaorelay.sync.confirm;

import java.time.OffsetDateTime;
import java.util.Locale;

/** What one look-up decided for one invoice, and what follows: the next look or the re-upload round. */
record Verdict(Outcome outcome, String reason, String receiptId, OffsetDateTime nextCheckAt, int reuploadRound) {

    enum Outcome {
        CONFIRMED,
        MISMATCH,
        NOT_YET_VISIBLE,
        MISSING_REUPLOAD,
        MISSING_FINAL,
        STILL_MISSING;

        /** The metric tag: a bounded set. */
        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static Verdict confirmed(String receiptId) {
        return new Verdict(
                Outcome.CONFIRMED,
                "税务系统中已查到，数据一致 / visible in the tax system with the figures we sent",
                receiptId,
                null,
                0);
    }

    static Verdict mismatch(String differences, String receiptId) {
        return new Verdict(Outcome.MISMATCH, differences, receiptId, null, 0);
    }

    static Verdict notYetVisible(OffsetDateTime nextCheckAt) {
        return new Verdict(Outcome.NOT_YET_VISIBLE, null, null, nextCheckAt, 0);
    }

    static Verdict missingReupload(int round, OffsetDateTime nextCheckAt, String reason) {
        return new Verdict(Outcome.MISSING_REUPLOAD, reason, null, nextCheckAt, round);
    }

    static Verdict missingFinal(OffsetDateTime nextCheckAt, String reason) {
        return new Verdict(Outcome.MISSING_FINAL, reason, null, nextCheckAt, 0);
    }

    static Verdict stillMissing(OffsetDateTime nextCheckAt) {
        return new Verdict(Outcome.STILL_MISSING, null, null, nextCheckAt, 0);
    }
}
