package com.fapiaorelay.sync.declaration;

import com.fapiaorelay.sync.config.SyncProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Compares declarations once their grace period has passed, and again while a gap stays open. Safe on every replica:
 * each claims its declarations with {@code FOR UPDATE SKIP LOCKED}, so no gap is announced twice.
 */
@Component
class DeclarationScheduler {

    private final Declarations declarations;

    DeclarationScheduler(Declarations declarations) {
        this.declarations = declarations;
    }

    @Scheduled(fixedDelayString = SyncProperties.DECLARATIONS_RECHECK)
    void compareDue() {
        int compared;
        do {
            compared = declarations.compareDue();
        } while (compared == declarations.batchSize());
    }
}
