package com.fapiaorelay.alert.alert;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The service's one mapping from domain failures to RFC 9457 problem details. */
@RestControllerAdvice
class AlertProblems {

    private static final Logger log = LoggerFactory.getLogger(AlertProblems.class);

    @ExceptionHandler
    ProblemDetail notFound(AlertNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "alert-not-found", "Alert not found", e);
    }

    @ExceptionHandler
    ProblemDetail transitionNotAllowed(AlertTransitionNotAllowed e) {
        return problem(HttpStatus.CONFLICT, "alert-transition-not-allowed", "Alert transition not allowed", e);
    }

    @ExceptionHandler
    ProblemDetail actorRequired(ActorRequired e) {
        return problem(HttpStatus.BAD_REQUEST, "actor-required", "Actor required", e);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, RuntimeException e) {
        log.warn("{}: {}", title, e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(URI.create("https://fapiao-relay.example/problems/" + type));
        problem.setTitle(title);
        return problem;
    }
}
