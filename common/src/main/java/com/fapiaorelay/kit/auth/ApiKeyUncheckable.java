package com.fapiaorelay.kit.auth;

/** An API key that cannot be checked right now (where keys are kept does not answer); the caller may retry. */
public class ApiKeyUncheckable extends RuntimeException {

    public ApiKeyUncheckable(String reason, Throwable cause) {
        super(reason, cause);
    }
}
