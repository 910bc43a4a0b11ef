package com.fapiaorelay.common.tax.leqi;

import com.fapiaorelay.common.tax.UploadOutcome;
import java.util.Arrays;
import java.util.Optional;

/**
 * The code table: an invoice's {@code status} in a CXQDFPSCJG result list and the outcome class we act on. Only
 * {@code 00} is public; the others are the sandbox's assumptions, to be checked against the real platform
 * (docs/leqi.md). A status not listed here is UNKNOWN, never ACCEPTED.
 */
public enum LeqiStatus {
    UPLOADED("00", "上传成功", UploadOutcome.ACCEPTED),
    PROCESSING("01", "处理中", null),
    FAILED("02", "上传失败", UploadOutcome.REJECTED),
    ALREADY_HELD("03", "发票已存在", UploadOutcome.DUPLICATE),
    HELD_WITH_OTHER_CONTENT("04", "发票号码已存在且内容不同", UploadOutcome.CONFLICT);

    private final String code;
    private final String message;
    private final UploadOutcome outcome;

    LeqiStatus(String code, String message, UploadOutcome outcome) {
        this.code = code;
        this.message = message;
        this.outcome = outcome;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }

    /** Empty while the authority is still processing. */
    public Optional<UploadOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public static Optional<LeqiStatus> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
