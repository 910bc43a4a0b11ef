package com.fapiaorelay.alert.delivery;

import com.fapiaorelay.alert.lifecycle.GroupNotice;
import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import com.fapiaorelay.common.json.FapiaoJson;
import java.time.OffsetDateTime;
import java.util.List;

/** One group window told as one message; the generic webhook receives exactly this as JSON. */
public record AlertMessage(
        MessageKind kind,
        long groupId,
        String groupKey,
        String title,
        String whatHappened,
        String anomalyType,
        Severity severity,
        String sellerTaxId,
        int alertCount,
        int anomalyCount,
        int invoiceCount,
        int sellerCount,
        OffsetDateTime openedAt,
        List<GroupNotice.Reason> reasons,
        String whatToDo,
        String runbookUrl,
        String link,
        List<GroupNotice.Sample> samples) {

    /** {@code whatToDo}: the advice configured for the notice's anomaly type, or null. */
    public static AlertMessage of(GroupNotice notice, MessageKind kind, MessageLinks links, String whatToDo) {
        return new AlertMessage(
                kind,
                notice.groupId(),
                notice.groupKey(),
                titleOf(notice, kind),
                whatHappened(notice),
                notice.anomalyType(),
                notice.severity(),
                notice.sellerTaxId(),
                notice.alertCount(),
                notice.anomalyCount(),
                notice.invoiceCount(),
                notice.sellerCount(),
                notice.openedAt(),
                notice.reasons(),
                whatToDo,
                links.runbook(notice.anomalyType()),
                links.console(notice.groupId()),
                notice.samples());
    }

    static AlertMessage fromJson(String json) {
        return FapiaoJson.mapper().readValue(json, AlertMessage.class);
    }

    public String toJson() {
        return FapiaoJson.mapper().writeValueAsString(this);
    }

    private static String titleOf(GroupNotice notice, MessageKind kind) {
        String seller = notice.sellerTaxId() == null ? "" : " for seller " + notice.sellerTaxId();
        String alerts = notice.alertCount() == 1 ? "1 alert" : notice.alertCount() + " alerts";
        String what = notice.anomalyType() + ": " + alerts + seller;
        return switch (kind) {
            case FIRING -> "[" + notice.severity() + "] " + what;
            case ESCALATED -> "[ESCALATED] [" + notice.severity() + "] " + what + ", still unacknowledged";
            case RESOLVED -> "[RESOLVED] " + what;
        };
    }

    private static String whatHappened(GroupNotice notice) {
        if (notice.samples() == null || notice.samples().isEmpty()) {
            return notice.anomalyType();
        }
        int others = notice.alertCount() - 1;
        return notice.samples().get(0).summary() + (others > 0 ? " (and " + others + " more)" : "");
    }
}
