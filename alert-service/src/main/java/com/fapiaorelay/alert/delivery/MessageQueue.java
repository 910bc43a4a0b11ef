package com.fapiaorelay.alert.delivery;

import com.fapiaorelay.alert.lifecycle.AlertGroups;
import com.fapiaorelay.alert.lifecycle.GroupNotice;
import com.fapiaorelay.alert.routing.Route;
import com.fapiaorelay.alert.routing.Routes;
import com.fapiaorelay.alert.silence.Silences;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns due group windows into queued messages, one per routed channel, unless a silence is in force; and once a
 * group has recovered, queues a RESOLVED message to every channel that heard of it.
 */
@Component
class MessageQueue {

    private static final Logger log = LoggerFactory.getLogger(MessageQueue.class);

    private final TransactionTemplate transaction;
    private final AlertGroups groups;
    private final Routes routes;
    private final Silences silences;
    private final ChannelChoice channels;
    private final DeliveryRows store;
    private final EscalationRows escalations;
    private final DeliveryProperties properties;

    MessageQueue(
            TransactionTemplate transaction,
            AlertGroups groups,
            Routes routes,
            Silences silences,
            ChannelChoice channels,
            DeliveryRows store,
            EscalationRows escalations,
            DeliveryProperties properties) {
        this.transaction = transaction;
        this.groups = groups;
        this.routes = routes;
        this.silences = silences;
        this.channels = channels;
        this.store = store;
        this.escalations = escalations;
        this.properties = properties;
    }

    /** Answers how many groups were sealed. */
    int queueDueGroups() {
        return inBatches(limit -> groups.sealDue(limit), this::queueFiring);
    }

    /** Answers how many recovered groups were announced. */
    int queueRecovered() {
        return inBatches(limit -> groups.announceRecovered(limit), this::queueResolved);
    }

    /** Enqueues {@code kind} of the notice to the channels; one payload serves them all. */
    void enqueue(GroupNotice notice, MessageKind kind, List<String> channelNames) {
        String payload = AlertMessage.of(notice, kind, properties.links(), properties.adviceFor(notice.anomalyType()))
                .toJson();
        channelNames.forEach(channel -> store.enqueue(notice.groupId(), channel, kind, payload));
    }

    boolean silenced(GroupNotice notice) {
        return silences.silence(notice.anomalyType(), notice.severity(), notice.sellerTaxId());
    }

    private void queueFiring(GroupNotice notice) {
        if (silenced(notice)) {
            log.info("Group {} ({}) is silenced: not delivered", notice.groupId(), notice.groupKey());
            return;
        }
        Route route = routes.routeFor(notice.anomalyType(), notice.severity(), notice.sellerTaxId());
        enqueue(notice, MessageKind.FIRING, channels.channelsFor(notice, route));
        if (routes.escalationOf(route.name()).isPresent()) {
            escalations.schedule(notice.groupId(), route.name(), route.escalateAfter());
        }
    }

    private void queueResolved(GroupNotice notice) {
        enqueue(notice, MessageKind.RESOLVED, store.channelsTold(notice.groupId()));
    }

    private int inBatches(Function<Integer, List<GroupNotice>> claim, Consumer<GroupNotice> queue) {
        int total = 0;
        Integer claimed;
        do {
            claimed = transaction.execute(status -> {
                List<GroupNotice> notices = claim.apply(properties.batchSize());
                notices.forEach(queue);
                return notices.size();
            });
            total += claimed == null ? 0 : claimed;
        } while (claimed != null && claimed == properties.batchSize());
        return total;
    }
}
