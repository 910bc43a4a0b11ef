package com.fapiaorelay.alert.lifecycle;

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
        int invoiceCount,
        int sellerCount,
        OffsetDateTime openedAt,
        List<Reason> reasons,
        List<Sample> samples) {

    /** One of the group's alerts, shown as an example. */
    public record Sample(long alertId, String fingerprint, String invoiceNumber, String summary) {}

    /** Why: what the group's alerts say (their detail, else their summary), with how many say it, most first. */
    public record Reason(String reason, int count) {}

    /** How many distinct invoices and sellers the group's alerts name. */
    record Reach(int invoiceCount, int sellerCount) {}

    GroupNotice completedWith(Reach reach, List<Reason> reasons, List<Sample> samples) {
        return new GroupNotice(
                groupId,
                groupKey,
                anomalyType,
                severity,
                sellerTaxId,
                alertCount,
                anomalyCount,
                reach.invoiceCount(),
                reach.sellerCount(),
                openedAt,
                reasons,
                samples);
    }
}
