package com.fapiaorelay.sync.silence;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.outbox.Outbox;
import com.fapiaorelay.sync.ledger.LedgerRecordRows;
import com.fapiaorelay.sync.silence.SilenceProperties.Source;
import com.fapiaorelay.sync.silence.SourceSilences.Watched;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches each configured ERP source: quiet longer than its {@code quietAfter} raises one SILENT_SOURCE anomaly, its
 * next invoice resolves it. One replica checks at a time (ShedLock), and the announced state is a row, so replicas
 * taking turns announce each silence once.
 */
@Component
class SilenceWatch {

    private final SilenceProperties properties;
    private final LedgerRecordRows ledger;
    private final SourceSilences silences;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SilenceWatch(
            SilenceProperties properties,
            LedgerRecordRows ledger,
            SourceSilences silences,
            Outbox outbox,
            TransactionTemplate transaction,
            Clock clock) {
        this.properties = properties;
        this.ledger = ledger;
        this.silences = silences;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = SilenceProperties.INTERVAL)
    @SchedulerLock(name = "sync-silent-sources", lockAtMostFor = "PT5M")
    void check() {
        properties.sources().forEach(source -> transaction.executeWithoutResult(status -> check(source)));
    }

    private void check(Source source) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Watched watched = silences.lock(source.name(), now);
        OffsetDateTime lastHeard = ledger.lastSubmission(source.sellers()).orElse(null);
        OffsetDateTime quietSince =
                lastHeard == null || lastHeard.isBefore(watched.since()) ? watched.since() : lastHeard;
        Duration silence = Duration.between(quietSince, now);
        boolean quiet = silence.compareTo(source.quietAfter()) > 0;
        if (quiet != watched.silenceRaised()) {
            announce(quiet ? SilenceAnomaly.silent(source, silence, lastHeard) : SilenceAnomaly.speaksAgain(source));
            silences.markRaised(source.name(), quiet);
        }
    }

    private void announce(AnomalyRaised anomaly) {
        outbox.append(Topics.ANOMALIES, anomaly.fingerprint(), anomaly);
    }
}
