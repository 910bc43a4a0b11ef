package com.fapiaorelay.console.web;

import org.springframework.http.HttpStatus;

/**
 * An action the console refuses, with a message key of {@code messages*.properties} so the person reads the reason in
 * their language. Features extend it with factory methods.
 */
public abstract class ConsoleRefusal extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] arguments;

    protected ConsoleRefusal(HttpStatus status, String messageKey, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    HttpStatus status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments;
    }
}
