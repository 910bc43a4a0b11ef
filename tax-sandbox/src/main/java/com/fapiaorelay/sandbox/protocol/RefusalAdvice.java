package com.fapiaorelay.sandbox.protocol;

import com.fapiaorelay.common.tax.protocol.TaxProtocol.ErrorAnswer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every refusal of the sandbox, protocol and admin API alike, as the protocol's error body. */
@RestControllerAdvice
class RefusalAdvice {

    private static final Logger log = LoggerFactory.getLogger(RefusalAdvice.class);

    @ExceptionHandler
    ResponseEntity<ErrorAnswer> refused(Refusal refusal) {
        log.debug("refused with {}: {}", refusal.code(), refusal.getMessage());
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(refusal.status());
        if (refusal.retryAfterSeconds() != null) {
            answer.header("Retry-After", refusal.retryAfterSeconds());
        }
        return answer.body(new ErrorAnswer(refusal.code(), refusal.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ErrorAnswer> unreadable(HttpMessageNotReadableException e) {
        return refused(Refusal.badRequest("unreadable body"));
    }

    @ExceptionHandler
    ResponseEntity<ErrorAnswer> invalid(IllegalArgumentException e) {
        log.warn("bad request: {}", e.getMessage());
        return refused(Refusal.badRequest(e.getMessage()));
    }
}
