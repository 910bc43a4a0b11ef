package com.fapiaorelay.sync.declaration;

import com.fapiaorelay.common.event.UnreadableEvent;
import com.fapiaorelay.kit.web.ApiProblem;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A declaration the reader refuses, answered with its finding (code, field, both messages) as the Kafka path's dead
 * letter carries it.
 */
class DeclarationRefused extends ApiProblem {

    private DeclarationRefused(UnreadableEvent refused) {
        super(HttpStatus.BAD_REQUEST, "declaration-invalid", "Declaration invalid", refused.getMessage());
        with("findings", List.of(refused.refusal()));
    }

    static DeclarationRefused because(UnreadableEvent refused) {
        return new DeclarationRefused(refused);
    }
}
