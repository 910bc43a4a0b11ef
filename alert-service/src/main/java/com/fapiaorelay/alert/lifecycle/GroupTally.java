package com.fapiaorelay.alert.lifecycle;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import java.util.ArrayList;
import java.util.List;

/** What one batch of anomalies adds to the open window of one group key. */
final class GroupTally {

    private final String groupKey;
    private final String anomalyType;
    private final String sellerTaxId;
    private final List<Long> announcedAlertIds = new ArrayList<>();
    private Severity severity;
    private int anomalies;

    GroupTally(AnomalyRaised first) {
        this.groupKey = first.groupKey();
        this.anomalyType = first.anomalyType();
        this.sellerTaxId = first.sellerTaxId();
        this.severity = first.severity();
    }

    void add(AnomalyRaised anomaly, UpsertOutcome outcome) {
        anomalies++;
        if (anomaly.severity().compareTo(severity) > 0) {
            severity = anomaly.severity();
        }
        if (outcome.needsAnnouncing()) {
            announcedAlertIds.add(outcome.alertId());
        }
    }

    String groupKey() {
        return groupKey;
    }

    String anomalyType() {
        return anomalyType;
    }

    String sellerTaxId() {
        return sellerTaxId;
    }

    Severity severity() {
        return severity;
    }

    int anomalies() {
        return anomalies;
    }

    List<Long> announcedAlertIds() {
        return announcedAlertIds;
    }
}
