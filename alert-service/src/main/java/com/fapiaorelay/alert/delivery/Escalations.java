package com.fapiaorelay.alert.delivery;

import com.fapiaorelay.alert.delivery.EscalationRows.DueEscalation;
import com.fapiaorelay.alert.lifecycle.AlertGroups;
import com.fapiaorelay.alert.lifecycle.GroupNotice;
import com.fapiaorelay.alert.routing.Route;
import com.fapiaorelay.alert.routing.Routes;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** A group nobody acknowledged in its route's time goes, as ESCALATED, to the channels of the next route. */
@Component
class Escalations {

    private static final Logger log = LoggerFactory.getLogger(Escalations.class);

    private final TransactionTemplate transaction;
    private final EscalationRows store;
    private final AlertGroups groups;
    private final Routes routes;
    private final ChannelChoice channels;
    private final MessageQueue queue;
    private final int batchSize;

    Escalations(
            TransactionTemplate transaction,
            EscalationRows store,
            AlertGroups groups,
            Routes routes,
            ChannelChoice channels,
            MessageQueue queue,
            DeliveryProperties properties) {
        this.transaction = transaction;
        this.store = store;
        this.groups = groups;
        this.routes = routes;
        this.channels = channels;
        this.queue = queue;
        this.batchSize = properties.batchSize();
    }

    /** Answers how many escalations fell due. */
    int escalateDue() {
        Integer due = transaction.execute(status -> {
            List<DueEscalation> claimed = store.claimDue(batchSize);
            claimed.forEach(this::escalate);
            return claimed.size();
        });
        return due == null ? 0 : due;
    }

    private void escalate(DueEscalation due) {
        if (!groups.isUnacknowledged(due.groupId())) {
            return;
        }
        GroupNotice notice = groups.describe(due.groupId()).orElseThrow();
        if (queue.silenced(notice)) {
            return;
        }
        routes.escalationOf(due.route()).ifPresent(next -> escalateTo(notice, next));
    }

    private void escalateTo(GroupNotice notice, Route next) {
        log.warn(
                "Group {} ({}) unacknowledged: escalating to route {}",
                notice.groupId(),
                notice.groupKey(),
                next.name());
        queue.enqueue(notice, MessageKind.ESCALATED, channels.channelsFor(notice, next));
        if (routes.escalationOf(next.name()).isPresent()) {
            store.schedule(notice.groupId(), next.name(), next.escalateAfter());
        }
    }
}
