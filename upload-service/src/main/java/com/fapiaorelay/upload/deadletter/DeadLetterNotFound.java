package com.fapiaorelay.upload.deadletter;

import com.fapiaorelay.kit.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** No dead-lettered submission with a body lies under that key. */
class DeadLetterNotFound extends ApiProblem {

    private DeadLetterNotFound(String key) {
        super(
                HttpStatus.NOT_FOUND,
                "dead-letter-not-found",
                "Dead letter not found",
                "死信中没有键为 " + key + " 的提交 / no dead-lettered submission under key " + key);
    }

    static DeadLetterNotFound forKey(String key) {
        return new DeadLetterNotFound(key);
    }
}
