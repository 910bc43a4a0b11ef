package com.fapiaorelay.sync.callback;

import com.fapiaorelay.sync.callback.CallbackSender.Failure;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sending side of the queue: queues new changes, then claims due deliveries (committed before any POST, so no
 * transaction waits on a receiver) and sends each subscription's in order. When a receiver is down, its other claimed
 * rows are handed back unsent to wait with the failed one: a receiver that is down costs one request per round. A
 * change the receiver refuses (a 4xx) waits alone; the other invoices' changes go on.
 * Counted in {@code fapiao.sync.callbacks} by outcome (delivered, failed, dead); a dead letter also raises the
 * subscription's CALLBACK_DEAD_LETTERS anomaly.
 */
@Component
class CallbackDeliveries {

    private static final Logger log = LoggerFactory.getLogger(CallbackDeliveries.class);

    private final CallbackFeed feed;
    private final DeliveryRows rows;
    private final CallbackSender sender;
    private final DeadLetterAlarm alarm;
    private final CallbackProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final MeterRegistry meters;

    CallbackDeliveries(
            CallbackFeed feed,
            DeliveryRows rows,
            CallbackSender sender,
            DeadLetterAlarm alarm,
            CallbackProperties properties,
            TransactionTemplate transaction,
            Clock clock,
            MeterRegistry meters) {
        this.feed = feed;
        this.rows = rows;
        this.sender = sender;
        this.alarm = alarm;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
        this.meters = meters;
    }

    /** Deletes one batch of deliveries older than the retention; answers how many. */
    int forgetOldDeliveries() {
        OffsetDateTime before = OffsetDateTime.now(clock).minus(properties.retention());
        return rows.forgetDelivered(before, queueBatchSize());
    }

    /** Queues one batch of new changes; answers how many changes were read. */
    int queueNewChanges() {
        Integer read =
                transaction.execute(status -> feed.fanOut(properties.batchSize() * 10, OffsetDateTime.now(clock)));
        return read == null ? 0 : read;
    }

    /** Claims and sends one batch of due deliveries; answers how many were claimed. */
    int sendDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Delivery> claimed =
                transaction.execute(status -> rows.claim(now, now.plus(properties.lease()), properties.batchSize()));
        if (claimed == null || claimed.isEmpty()) {
            return 0;
        }
        bySubscription(claimed).values().forEach(this::sendInTurn);
        return claimed.size();
    }

    int queueBatchSize() {
        return properties.batchSize() * 10;
    }

    private void sendInTurn(List<Delivery> deliveries) {
        for (int i = 0; i < deliveries.size(); i++) {
            Delivery delivery = deliveries.get(i);
            Optional<Failure> failure = sender.send(delivery);
            if (failure.isEmpty()) {
                rows.delivered(delivery.id(), OffsetDateTime.now(clock));
                count("delivered");
                continue;
            }
            OffsetDateTime retryAt = recordFailure(delivery, failure.get().reason());
            if (failure.get().receiverDown()) {
                rows.release(ids(deliveries.subList(i + 1, deliveries.size())), retryAt);
                return;
            }
        }
    }

    /** Counts the failure; answers when the receiver is next tried. */
    private OffsetDateTime recordFailure(Delivery delivery, String failure) {
        int attempts = delivery.attempts() + 1;
        OffsetDateTime retryAt = OffsetDateTime.now(clock).plus(properties.backoffAfter(attempts));
        if (attempts < properties.maxAttempts()) {
            rows.failed(delivery.id(), failure, retryAt);
            count("failed");
            return retryAt;
        }
        deadLetter(delivery, failure, attempts);
        return retryAt;
    }

    /** Dead-letters the change and raises its subscription's anomaly together, so they cannot disagree. */
    private void deadLetter(Delivery delivery, String failure, int attempts) {
        transaction.executeWithoutResult(status -> {
            rows.failed(delivery.id(), failure, null);
            alarm.deadLettered(delivery.subscriptionId(), failure);
        });
        count("dead");
        log.warn(
                "Callback {} of change {} dead-lettered after {} attempts: {}",
                delivery.subscriptionId(),
                delivery.change().changeId(),
                attempts,
                failure);
    }

    private void count(String outcome) {
        meters.counter("fapiao.sync.callbacks", "outcome", outcome).increment();
    }

    private static Map<UUID, List<Delivery>> bySubscription(List<Delivery> claimed) {
        Map<UUID, List<Delivery>> grouped = new LinkedHashMap<>();
        claimed.forEach(delivery -> grouped.computeIfAbsent(delivery.subscriptionId(), id -> new ArrayList<>())
                .add(delivery));
        return grouped;
    }

    private static List<Long> ids(List<Delivery> deliveries) {
        return deliveries.stream().map(Delivery::id).toList();
    }
}
