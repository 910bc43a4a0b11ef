package com.fapiaorelay.alert.delivery;

import com.fapiaorelay.alert.alert.AlertGroups;
import com.fapiaorelay.alert.alert.GroupNotice;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the group windows that are due, queues one message per window and enabled channel, then works the queue.
 * Each message is claimed with FOR UPDATE SKIP LOCKED and sent inside its own transaction, so replicas never send
 * one message twice and a failure of one message does not undo another.
 */
@Component
class DeliveryScheduler {

    private final TransactionTemplate transaction;
    private final AlertGroups groups;
    private final DeliveryStore store;
    private final DeliveryAttempts attempts;
    private final Map<String, Channel> channels;
    private final DeliveryProperties properties;
    private volatile long lastRunMillis = System.currentTimeMillis();

    DeliveryScheduler(
            TransactionTemplate transaction,
            AlertGroups groups,
            DeliveryStore store,
            DeliveryAttempts attempts,
            List<Channel> channels,
            DeliveryProperties properties,
            MeterRegistry registry) {
        this.transaction = transaction;
        this.groups = groups;
        this.store = store;
        this.attempts = attempts;
        this.channels = channels.stream().collect(Collectors.toMap(Channel::name, Function.identity()));
        this.properties = properties;
        Gauge.builder("fapiao.scheduler.last.run", this, s -> s.lastRunMillis / 1000.0)
                .tag("scheduler", "alert-delivery")
                .description("Unix time in seconds at which the scheduler last completed a run")
                .register(registry);
    }

    @Scheduled(fixedDelayString = "${fapiao.alert.delivery.interval:1s}")
    void run() {
        queueDueGroups();
        deliverDue();
        lastRunMillis = System.currentTimeMillis();
    }

    void queueDueGroups() {
        Integer sealed;
        do {
            sealed = transaction.execute(status -> queue(groups.sealDue(properties.batchSize())));
        } while (sealed != null && sealed == properties.batchSize());
    }

    /** Works through at most one batch of due messages; answers how many were attempted. */
    int deliverDue() {
        int attempted = 0;
        while (attempted < properties.batchSize() && attemptNextDue()) {
            attempted++;
        }
        return attempted;
    }

    /** Claims, sends and settles one due message in its own transaction; false when none is due. */
    private boolean attemptNextDue() {
        return Boolean.TRUE.equals(transaction.execute(status -> store.claimNextDue()
                .map(delivery -> attempts.attempt(delivery, channels.get(delivery.channel())))
                .isPresent()));
    }

    private int queue(List<GroupNotice> notices) {
        for (GroupNotice notice : notices) {
            String payload = AlertMessage.of(notice, properties.linkBaseUrl()).toJson();
            channels.values().stream()
                    .filter(Channel::enabled)
                    .forEach(channel -> store.enqueue(notice.groupId(), channel.name(), payload));
        }
        return notices.size();
    }
}
