package com.fapiaorelay.sync.declaration;

import com.fapiaorelay.common.event.DeclarationEventReader;
import com.fapiaorelay.common.event.ErpTotalsDeclared;
import com.fapiaorelay.common.event.UnreadableEvent;
import com.fapiaorelay.sync.access.Caller;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Declared totals over REST, for the caller's own sellers; checked by the same reader as the Kafka path. */
@RestController
@RequestMapping("/api/v1/declarations")
class DeclarationController {

    private static final int MAX_LIMIT = 500;

    private final Declarations declarations;

    DeclarationController(Declarations declarations) {
        this.declarations = declarations;
    }

    /** Answers 202 with the declaration as stored: PENDING until compared, after the grace period. */
    @PostMapping
    ResponseEntity<DeclarationView> declare(
            @RequestBody DeclarationRequest request, @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        ErpTotalsDeclared declared = checked(request.declaredBy(caller.name()));
        caller.requireSeller(declared.sellerTaxId());
        return ResponseEntity.accepted().body(declarations.recordOne(declared));
    }

    /** The latest declarations, newest first, of the seller asked for or of every seller the caller may read. */
    @GetMapping
    List<DeclarationView> recent(
            @RequestParam(required = false) String sellerTaxId,
            @RequestParam(defaultValue = "50") int limit,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        return declarations.recent(caller.sellersToSearch(sellerTaxId), Math.min(Math.max(limit, 1), MAX_LIMIT));
    }

    private static ErpTotalsDeclared checked(ErpTotalsDeclared declared) {
        try {
            return DeclarationEventReader.check(declared);
        } catch (UnreadableEvent refused) {
            throw DeclarationRefused.because(refused);
        }
    }
}
