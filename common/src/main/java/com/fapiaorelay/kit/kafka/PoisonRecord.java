package com.fapiaorelay.kit.kafka;

import com.fapiaorelay.common.event.UnreadableEvent;
import com.fapiaorelay.common.validation.Finding;

/**
 * A record that can never be processed (empty, too large, unreadable, refused by its reader, or failing on its own
 * when stored): dead-letter it now. {@code code} and {@code field} travel in the dead letter's headers.
 */
public class PoisonRecord extends RuntimeException {

    static final String UNPROCESSABLE = "UNPROCESSABLE";

    private final String code;
    private final String field;

    private PoisonRecord(String code, String field, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.field = field;
    }

    public static PoisonRecord because(String reason, Throwable cause) {
        return new PoisonRecord(UNPROCESSABLE, "event", reason, cause);
    }

    public static PoisonRecord refused(UnreadableEvent refusal) {
        Finding finding = refusal.refusal();
        return new PoisonRecord(finding.code(), finding.field(), refusal.getMessage(), refusal);
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
