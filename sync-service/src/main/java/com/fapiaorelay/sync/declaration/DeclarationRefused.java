package com.fapiaorelay.sync.declaration;

import com.fapiaorelay.common.event.UnreadableEvent;
import com.fapiaorelay.sync.config.ApiProblem;
import org.springframework.http.HttpStatus;

/** A declaration the reader refuses: its code, field and both messages, as the Kafka path's dead letter says them. */
class DeclarationRefused extends ApiProblem {

    private DeclarationRefused(String detail) {
        super(HttpStatus.BAD_REQUEST, "declaration-invalid", "Declaration invalid", detail);
    }

    static DeclarationRefused because(UnreadableEvent refused) {
        return new DeclarationRefused(refused.getMessage());
    }
}
