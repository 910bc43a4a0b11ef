package com.fapiaorelay.kit.kafka;

/** A record that can never be processed (unparseable, unsupported schema version, too large): dead-letter it now. */
public class PoisonRecord extends RuntimeException {

    public PoisonRecord(String message, Throwable cause) {
        super(message, cause);
    }

    public static PoisonRecord because(String reason, Throwable cause) {
        return new PoisonRecord(reason, cause);
    }
}
