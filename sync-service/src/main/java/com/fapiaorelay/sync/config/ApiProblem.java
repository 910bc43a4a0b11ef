package com.fapiaorelay.sync.config;

import org.springframework.http.HttpStatus;

/**
 * A failure a caller of the REST API can act on; the service's one {@code @RestControllerAdvice} turns it into an
 * RFC 9457 problem detail with this status, type and title.
 */
public abstract class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;

    protected ApiProblem(HttpStatus status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }
}
