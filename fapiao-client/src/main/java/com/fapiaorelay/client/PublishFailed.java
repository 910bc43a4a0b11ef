package com.fapiaorelay.client;

/** The broker did not acknowledge the event in time, or refused it: send it again (the relay drops repeats). */
public final class PublishFailed extends RuntimeException {

    PublishFailed(String what, Throwable cause) {
        super(what + " was not acknowledged by Kafka: " + cause.getMessage(), cause);
    }
}
