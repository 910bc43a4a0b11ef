package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.sync.config.ApiProblem;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The service's one mapping from domain failures to RFC 9457 problem details. */
@RestControllerAdvice
class LedgerProblems {

    private static final Logger log = LoggerFactory.getLogger(LedgerProblems.class);

    @ExceptionHandler
    ProblemDetail notFound(InvoiceNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "invoice-not-found", "Invoice not found", e);
    }

    @ExceptionHandler
    ProblemDetail badPaging(PagingOutOfRange e) {
        return problem(HttpStatus.BAD_REQUEST, "paging-out-of-range", "Paging out of range", e);
    }

    @ExceptionHandler
    ProblemDetail apiProblem(ApiProblem e) {
        return problem(e.status(), e.type(), e.title(), e);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, RuntimeException e) {
        log.warn("{}: {}", title, e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(URI.create("https://fapiao-relay.example/problems/" + type));
        problem.setTitle(title);
        return problem;
    }
}
