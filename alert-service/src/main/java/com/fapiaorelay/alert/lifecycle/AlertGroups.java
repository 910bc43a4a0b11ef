package com.fapiaorelay.alert.lifecycle;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The facade delivery uses: seal due group windows, spot recovered ones, and describe each as one notice. */
@Component
public class AlertGroups {

    private static final int TOP_REASONS = 3;

    private final AlertGroupRows rows;
    private final int sampleSize;

    AlertGroups(AlertGroupRows rows, GroupingProperties properties) {
        this.rows = rows;
        this.sampleSize = properties.sampleSize();
    }

    /** Call inside the transaction that also queues the notices for delivery. */
    public List<GroupNotice> sealDue(int limit) {
        return completed(rows.sealDue(limit));
    }

    /** Sealed windows whose every alert is now resolved, each answered once; call inside the queueing transaction. */
    public List<GroupNotice> announceRecovered(int limit) {
        return completed(rows.announceRecovered(limit));
    }

    /** True while some group's window is open: its message falls due by the clock, not by a new alert. */
    public boolean anyOpen() {
        return rows.anyOpen();
    }

    public Optional<GroupNotice> describe(long groupId) {
        return rows.find(groupId).map(this::completed);
    }

    /** True while some alert of the group is still FIRING: nobody has acknowledged or resolved it. */
    public boolean isUnacknowledged(long groupId) {
        return rows.anyFiring(groupId);
    }

    private List<GroupNotice> completed(List<GroupNotice> notices) {
        return notices.stream().map(this::completed).toList();
    }

    private GroupNotice completed(GroupNotice notice) {
        long groupId = notice.groupId();
        return notice.completedWith(
                rows.reachOf(groupId), rows.reasonsOf(groupId, TOP_REASONS), rows.samplesOf(groupId, sampleSize));
    }
}
