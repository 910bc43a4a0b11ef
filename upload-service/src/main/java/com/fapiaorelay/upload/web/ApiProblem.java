package com.fapiaorelay.upload.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A failure the REST caller can act on. Each feature's exceptions extend it with factory methods; {@link
 * UploadProblems} turns it into a problem detail without knowing the feature.
 */
public abstract class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    protected ApiProblem(HttpStatus status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    /** Adds a member to the problem body beside {@code type}, {@code title} and {@code detail}. */
    protected final void with(String name, Object value) {
        properties.put(name, value);
    }

    HttpStatus status() {
        return status;
    }

    String type() {
        return type;
    }

    String title() {
        return title;
    }

    Map<String, Object> properties() {
        return properties;
    }
}
