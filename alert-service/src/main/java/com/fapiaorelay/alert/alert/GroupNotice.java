package com.fapiaorelay.alert.alert;

import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import java.time.OffsetDateTime;
import java.util.List;

/** A sealed group window, ready to be told to humans as one message. */
public record GroupNotice(
        long groupId,
        String groupKey,
        String anomalyType,
        Severity severity,
        String sellerTaxId,
        int alertCount,
        int anomalyCount,
        OffsetDateTime openedAt,
        List<Sample> samples) {

    /** One of the group's alerts, shown as an example. */
    public record Sample(long alertId, String fingerprint, String invoiceNumber, String summary) {}

    GroupNotice withSamples(List<Sample> samples) {
        return new GroupNotice(
                groupId, groupKey, anomalyType, severity, sellerTaxId, alertCount, anomalyCount, openedAt, samples);
    }
}
