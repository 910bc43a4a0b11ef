package com.fapiaorelay.alert.delivery;

import com.fapiaorelay.alert.alert.GroupNotice;
import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import com.fapiaorelay.common.json.FapiaoJson;
import java.time.OffsetDateTime;
import java.util.List;

/** One group window told as one message; the generic webhook receives exactly this as JSON. */
record AlertMessage(
        long groupId,
        String groupKey,
        String title,
        String anomalyType,
        Severity severity,
        String sellerTaxId,
        int alertCount,
        int anomalyCount,
        OffsetDateTime openedAt,
        String link,
        List<GroupNotice.Sample> samples) {

    static AlertMessage of(GroupNotice notice, String linkBaseUrl) {
        return new AlertMessage(
                notice.groupId(),
                notice.groupKey(),
                titleOf(notice),
                notice.anomalyType(),
                notice.severity(),
                notice.sellerTaxId(),
                notice.alertCount(),
                notice.anomalyCount(),
                notice.openedAt(),
                linkBaseUrl.isBlank() ? null : linkBaseUrl + "/alerts?groupId=" + notice.groupId(),
                notice.samples());
    }

    static AlertMessage fromJson(String json) {
        return FapiaoJson.mapper().readValue(json, AlertMessage.class);
    }

    String toJson() {
        return FapiaoJson.mapper().writeValueAsString(this);
    }

    private static String titleOf(GroupNotice notice) {
        String seller = notice.sellerTaxId() == null ? "" : " for seller " + notice.sellerTaxId();
        String alerts = notice.alertCount() == 1 ? "1 alert" : notice.alertCount() + " alerts";
        return "[" + notice.severity() + "] " + notice.anomalyType() + ": " + alerts + seller;
    }
}
