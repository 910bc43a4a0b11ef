package com.fapiaorelay.kit.web;

import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every service's one mapping from domain failures to problem details. Spring MVC's own failures (unreadable body,
 * wrong media type) are Boot's, with {@code spring.mvc.problemdetails.enabled}, in the same shape.
 */
@RestControllerAdvice
class ProblemAdvice {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem e) {
        // under the problem's own name, so a deployment can quiet one kind of refusal without the others
        LoggerFactory.getLogger(e.getClass()).warn("{}: {}", e.title(), e.getMessage());
        return ResponseEntity.status(e.status()).body(e.toProblemDetail());
    }
}
