package com.fapiaorelay.upload.web;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The service's one mapping from failures to RFC 9457 problem details: our domain problems here, Spring MVC's own
 * (unreadable body, wrong media type) by the base class.
 */
@RestControllerAdvice
class UploadProblems extends ResponseEntityExceptionHandler {

    static final String TYPE_BASE = "https://fapiao-relay.example/problems/";

    private static final Logger log = LoggerFactory.getLogger(UploadProblems.class);

    @ExceptionHandler
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem e) {
        log.warn("{}: {}", e.title(), e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setType(URI.create(TYPE_BASE + e.type()));
        problem.setTitle(e.title());
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(e.status()).body(problem);
    }
}
