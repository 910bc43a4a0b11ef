package com.fapiaorelay.common.tax.leqi;

import com.fapiaorelay.common.tax.UploadOutcome;
import java.util.Arrays;
import java.util.Optional;

/**
 * Refusals in the envelope ({@code Response.Error.Code}), as the sandbox answers them. The real platform's codes are
 * not public (assumed, docs/leqi.md); a code not listed here is UNKNOWN.
 */
public enum LeqiRefusal {
    /** Missing or wrong headers: nothing was handled; fix the configuration and it goes through. */
    INVALID_HEADER("InvalidHeader", "400", UploadOutcome.RETRYABLE),
    /** The body did not decrypt under the unit's key. */
    DECRYPT_FAILED("DecryptFailed", "400", UploadOutcome.RETRYABLE),
    /** The decrypted body is not the service's JSON: our mapping is wrong, a human must look. */
    INVALID_REQUEST("InvalidRequest", "400", UploadOutcome.REJECTED),
    /** The upload serial is unknown or no longer kept. */
    UNKNOWN_SERIAL("UnknownSerial", "404", UploadOutcome.UNKNOWN);

    private final String code;
    private final String httpStatusCode;
    private final UploadOutcome outcome;

    LeqiRefusal(String code, String httpStatusCode, UploadOutcome outcome) {
        this.code = code;
        this.httpStatusCode = httpStatusCode;
        this.outcome = outcome;
    }

    public String code() {
        return code;
    }

    public String httpStatusCode() {
        return httpStatusCode;
    }

    static UploadOutcome outcomeOf(String code) {
        return Arrays.stream(values())
                .filter(r -> r.code.equals(code))
                .findFirst()
                .map(r -> r.outcome)
                .orElse(UploadOutcome.UNKNOWN);
    }

    public static Optional<LeqiRefusal> of(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
