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

    /**
     * On a channel without look-up by key (乐企) the upload result is the proof: upload-service records UPLOADED only
     * after the channel's result query answered the invoice as uploaded.
     */
    static Verdict confirmedByUploadResult() {
        return new Verdict(
                Outcome.CONFIRMED,
                "税务系统上传结果查询已确认上传成功（该通道不支持按号码查询）/ the channel's upload result query confirmed it"
                        + " (this channel has no look-up by key)",
                null,
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
