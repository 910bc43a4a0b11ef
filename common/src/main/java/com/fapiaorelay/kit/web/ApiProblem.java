package com.fapiaorelay.kit.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A failure the REST caller can act on. Each feature's exceptions extend it with factory methods ({@code
 * InvoiceNotFound.forKey(key)}); the kit's advice answers it as a problem detail without knowing the feature.
 */
public abstract class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    /** {@code type} is the last segment of the problem's type URI, {@code detail} says what to do about it. */
    protected ApiProblem(HttpStatus status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    /** Adds a member to the problem body beside {@code type}, {@code title}, {@code status} and {@code detail}. */
    protected final void with(String name, Object value) {
        properties.put(name, value);
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    ProblemDetail toProblemDetail() {
        ProblemDetail problem = Problems.of(status, type, title, getMessage());
        properties.forEach(problem::setProperty);
        return problem;
    }
}
