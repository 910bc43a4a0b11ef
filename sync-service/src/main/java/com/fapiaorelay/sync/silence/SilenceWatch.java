package com.fapiaorelay.sync.silence;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.time.BusinessDays;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.outbox.Outbox;
import com.fapiaorelay.sync.ledger.LedgerRecords;
import com.fapiaorelay.sync.silence.SilenceProperties.Source;
import com.fapiaorelay.sync.silence.SourceSilences.Watched;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches each configured ERP source: quiet longer than its cadence (configured, or learned from the same weekday and
 * hour of the last {@value #WEEKS_LEARNED} weeks) raises one SILENT_SOURCE anomaly, its next invoice resolves it; in
 * a maintenance window (configured or declared) nothing is raised and its silence counts from the window's end. One replica checks at a time
 * (ShedLock), and the announced state is a row, so replicas taking turns announce each silence once.
 */
@Component
class SilenceWatch {

    static final int WEEKS_LEARNED = 2;

    private final SilenceProperties properties;
    private final LedgerRecords ledger;
    private final ArrivalHistoryRows history;
    private final SourceSilences silences;
    private final SourceMaintenance maintenance;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SilenceWatch(
            SilenceProperties properties,
            LedgerRecords ledger,
            ArrivalHistoryRows history,
            SourceSilences silences,
            SourceMaintenance maintenance,
            Outbox outbox,
            TransactionTemplate transaction,
            Clock clock) {
        this.properties = properties;
        this.ledger = ledger;
        this.history = history;
        this.silences = silences;
        this.maintenance = maintenance;
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
        boolean spoke = lastHeard != null && lastHeard.isAfter(watched.since());
        if (watched.silenceRaised()) {
            if (spoke) {
                announce(SilenceAnomaly.speaksAgain(source));
                silences.mark(source.name(), watched.since(), false);
            }
        } else if (maintenance.covers(source, now)) {
            silences.mark(source.name(), now, false);
        } else {
            raiseIfTooQuiet(source, Duration.between(spoke ? lastHeard : watched.since(), now), lastHeard, now);
        }
    }

    private void raiseIfTooQuiet(Source source, Duration silence, OffsetDateTime lastHeard, OffsetDateTime now) {
        cadence(source, now)
                .filter(cadence -> silence.compareTo(cadence.tolerance()) > 0)
                .ifPresent(cadence -> {
                    announce(SilenceAnomaly.silent(source, silence, lastHeard, cadence));
                    silences.mark(source.name(), now, true);
                });
    }

    private Optional<Cadence> cadence(Source source, OffsetDateTime now) {
        if (source.quietAfter() != null) {
            return Optional.of(Cadence.configured(source.quietAfter()));
        }
        OffsetDateTime hour = now.atZoneSameInstant(BusinessDays.CHINA)
                .truncatedTo(ChronoUnit.HOURS)
                .toOffsetDateTime();
        return Cadence.learned(
                history.sameHourOfPastWeeks(source.sellers(), hour, WEEKS_LEARNED),
                properties.learnedFloor(),
                properties.learnedCeiling());
    }

    private void announce(AnomalyRaised anomaly) {
        outbox.append(Topics.ANOMALIES, anomaly.fingerprint(), anomaly);
    }
}
