package com.fapiaorelay.sandbox.protocol;

import java.time.Duration;

/** A protocol call refused with a status, an authority-style code and, for 429 and 503, the wait. */
final class Refusal extends RuntimeException {

    private final int status;
    private final String code;
    private final Duration retryAfter;

    private Refusal(int status, String code, String message, Duration retryAfter) {
        super(message);
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    static Refusal badRequest(String message) {
        return new Refusal(400, "E4000", "请求无效 / bad request: " + message, null);
    }

    static Refusal unknownSerial(String serial) {
        return new Refusal(404, "E4040", "受理流水号不存在或已过期 / serial unknown or expired: " + serial, null);
    }

    static Refusal retiredVersion() {
        return new Refusal(410, "E0410", "接口版本已停用 / protocol version retired, use v2", null);
    }

    static Refusal quota() {
        return new Refusal(429, "E4290", "请求过于频繁 / quota exceeded", Duration.ofSeconds(1));
    }

    static Refusal internalError() {
        return new Refusal(500, "E5000", "系统内部错误 / internal error", null);
    }

    static Refusal maintenance(Duration left) {
        return new Refusal(503, "E5030", "系统维护中 / under maintenance", left);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    /** Whole seconds, rounded up so a client never comes back early; null when there is no wait. */
    String retryAfterSeconds() {
        return retryAfter == null ? null : Long.toString((retryAfter.toMillis() + 999) / 1000);
    }
}
