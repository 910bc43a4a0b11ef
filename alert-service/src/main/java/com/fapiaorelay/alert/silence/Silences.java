package com.fapiaorelay.alert.silence;

import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Creates and ends silences; delivery asks whether one is in force for a group. */
@Service
public class Silences {

    private static final Logger log = LoggerFactory.getLogger(Silences.class);

    private final SilenceRows store;
    private final SilenceProperties properties;
    private final Clock clock;

    Silences(SilenceRows store, SilenceProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    public boolean silence(String anomalyType, Severity severity, String sellerTaxId) {
        return store.anyInForceMatching(anomalyType, severity, sellerTaxId);
    }

    Silence create(SilenceRequest request, String by) {
        SilenceRequest checked = request.checked(OffsetDateTime.now(clock), properties.maxDuration());
        long id = store.create(checked, Actor.check(by));
        log.info("Silence {} created by {} until {}", id, by, checked.endsAt());
        return find(id);
    }

    Silence end(long id, String by) {
        String actor = Actor.check(by);
        find(id);
        if (!store.end(id, actor)) {
            throw SilenceProblem.alreadyEnded(id);
        }
        log.info("Silence {} ended by {}", id, actor);
        return find(id);
    }

    List<Silence> list(boolean inForceOnly, int limit) {
        return store.list(inForceOnly, Math.max(1, Math.min(limit, 500)));
    }

    private Silence find(long id) {
        return store.find(id).orElseThrow(() -> SilenceProblem.notFound(id));
    }
}
