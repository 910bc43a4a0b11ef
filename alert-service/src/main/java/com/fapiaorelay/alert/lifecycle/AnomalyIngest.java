package com.fapiaorelay.alert.lifecycle;

import com.fapiaorelay.alert.lifecycle.UpsertOutcome.Kind;
import com.fapiaorelay.common.event.AnomalyRaised;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a batch of anomalies in one transaction: dedupe by event id, one alert per fingerprint, and the new
 * alerts tallied into their group windows. Windows are touched in key order so concurrent batches cannot deadlock.
 * The facade for every way anomalies arrive: Kafka, and the Alertmanager receiver.
 */
@Component
public class AnomalyIngest {

    private final TransactionTemplate transaction;
    private final ProcessedEventRows processedEvents;
    private final AlertRows alerts;
    private final AlertActionRows actions;
    private final AlertGroupRows groups;
    private final AnomalyCounters counters;

    AnomalyIngest(
            TransactionTemplate transaction,
            ProcessedEventRows processedEvents,
            AlertRows alerts,
            AlertActionRows actions,
            AlertGroupRows groups,
            AnomalyCounters counters) {
        this.transaction = transaction;
        this.processedEvents = processedEvents;
        this.alerts = alerts;
        this.actions = actions;
        this.groups = groups;
        this.counters = counters;
    }

    public void ingest(List<AnomalyRaised> anomalies) {
        if (!anomalies.isEmpty()) {
            counters.taken(transaction.execute(status -> apply(processedEvents.firstSeen(anomalies))));
        }
    }

    /** Returns the anomalies applied, those not seen before. */
    private List<AnomalyRaised> apply(List<AnomalyRaised> anomalies) {
        Map<String, GroupTally> tallies = new TreeMap<>();
        Map<Long, Integer> repeatsByGroup = new TreeMap<>();
        for (AnomalyRaised anomaly : anomalies) {
            if (anomaly.resolved()) {
                resolve(anomaly);
                continue;
            }
            UpsertOutcome outcome = store(anomaly);
            if (outcome.needsAnnouncing() || outcome.groupId() == null) {
                tallies.computeIfAbsent(anomaly.groupKey(), key -> new GroupTally(anomaly))
                        .add(anomaly, outcome);
            } else {
                repeatsByGroup.merge(outcome.groupId(), 1, Integer::sum);
            }
        }
        tallies.values().forEach(this::joinGroup);
        repeatsByGroup.forEach(groups::countRepeats);
        return anomalies;
    }

    private UpsertOutcome store(AnomalyRaised anomaly) {
        UpsertOutcome outcome = alerts.upsert(anomaly);
        if (outcome.kind() == Kind.REOPENED) {
            actions.append(outcome.alertId(), AlertState.FIRING, anomaly.source());
        }
        return outcome;
    }

    private void resolve(AnomalyRaised anomaly) {
        alerts.resolveByFingerprint(anomaly.fingerprint())
                .ifPresent(alertId -> actions.append(alertId, AlertState.RESOLVED, anomaly.source()));
    }

    private void joinGroup(GroupTally tally) {
        long groupId = groups.join(tally);
        if (!tally.announcedAlertIds().isEmpty()) {
            alerts.assignGroup(tally.announcedAlertIds(), groupId);
        }
    }
}
