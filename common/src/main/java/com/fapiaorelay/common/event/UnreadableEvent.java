package com.fapiaorelay.common.event;

import java.util.List;

/** An event we cannot read: malformed JSON, another event type, or a schema version no longer supported. */
public class UnreadableEvent extends RuntimeException {

    private UnreadableEvent(String message, Throwable cause) {
        super(message, cause);
    }

    public static UnreadableEvent malformed(Throwable cause) {
        return new UnreadableEvent("事件不是有效的 JSON / event is not valid JSON: " + cause.getMessage(), cause);
    }

    public static UnreadableEvent unexpectedType(String expected, String actual) {
        return new UnreadableEvent("事件类型错误 / wrong event type: expected " + expected + ", got " + actual, null);
    }

    public static UnreadableEvent unsupportedVersion(String type, int version, List<Integer> supported) {
        return new UnreadableEvent(
                "不支持的 schemaVersion / unsupported schemaVersion " + version + " of " + type + "; supported: "
                        + supported,
                null);
    }
}
