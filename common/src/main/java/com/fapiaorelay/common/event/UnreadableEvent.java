package com.fapiaorelay.common.event;

import com.fapiaorelay.common.validation.Finding;
import com.fapiaorelay.common.validation.Rule;
import java.util.List;

/**
 * An event we refuse to read, with the refusal as a {@link Finding}: a stable code, the field, a message in Chinese
 * and English, and the fix where one is known. Empty, malformed, another event type, an unsupported schema version,
 * a required field missing, a number out of magnitude.
 */
public class UnreadableEvent extends RuntimeException {

    private static final int DETAIL_LENGTH = 200;

    private final transient Finding refusal;

    private UnreadableEvent(Finding refusal, Throwable cause) {
        super(refusal.code() + " " + refusal.field() + ": " + refusal.messageZh() + " / " + refusal.messageEn(), cause);
        this.refusal = refusal;
    }

    public Finding refusal() {
        return refusal;
    }

    public static UnreadableEvent because(Finding refusal) {
        return new UnreadableEvent(refusal, null);
    }

    public static UnreadableEvent empty() {
        return because(Rule.EVENT_EMPTY.finding("event", null));
    }

    public static UnreadableEvent tooLarge(long bytes, long limit) {
        return because(Rule.EVENT_TOO_LARGE.finding("event", null, bytes, limit));
    }

    /** {@code field} is where the JSON stopped making sense, as far as the parser could tell. */
    public static UnreadableEvent malformed(String field, Throwable cause) {
        String detail = String.valueOf(cause.getMessage());
        detail = detail.length() > DETAIL_LENGTH ? detail.substring(0, DETAIL_LENGTH) + "…" : detail;
        return new UnreadableEvent(Rule.EVENT_MALFORMED.finding(field, null, detail), cause);
    }

    public static UnreadableEvent unexpectedType(String expected, String actual) {
        return because(Rule.EVENT_TYPE.finding("eventType", expected, expected, actual));
    }

    public static UnreadableEvent unsupportedVersion(int version, List<Integer> supported) {
        return because(Rule.EVENT_VERSION.finding("schemaVersion", null, version, supported));
    }

    public static UnreadableEvent missing(String field) {
        return because(Rule.REQUIRED.finding(field, null, field));
    }
}
