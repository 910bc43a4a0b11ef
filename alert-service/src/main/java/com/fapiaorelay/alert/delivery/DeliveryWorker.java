package com.fapiaorelay.alert.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works the queue: each due message is claimed with FOR UPDATE SKIP LOCKED and sent inside its own transaction,
 * holding its channel, so replicas never send one message twice and together keep the channel's rate limit. A
 * message over the limit waits; it is never dropped.
 */
@Component
class DeliveryWorker {

    private final TransactionTemplate transaction;
    private final DeliveryRows store;
    private final ChannelHealthRows health;
    private final DeliveryAttempts attempts;
    private final ChannelChoice channels;
    private final DeliveryProperties properties;
    private final MeterRegistry registry;

    DeliveryWorker(
            TransactionTemplate transaction,
            DeliveryRows store,
            ChannelHealthRows health,
            DeliveryAttempts attempts,
            ChannelChoice channels,
            DeliveryProperties properties,
            MeterRegistry registry) {
        this.transaction = transaction;
        this.store = store;
        this.health = health;
        this.attempts = attempts;
        this.channels = channels;
        this.properties = properties;
        this.registry = registry;
    }

    /** Works through at most one batch of due messages; answers how many were taken up. */
    int deliverDue() {
        int taken = 0;
        while (taken < properties.batchSize() && takeNextDue()) {
            taken++;
        }
        return taken;
    }

    private boolean takeNextDue() {
        return Boolean.TRUE.equals(transaction.execute(status -> store.claimNextDue()
                .map(delivery -> {
                    sendOrDefer(delivery);
                    return true;
                })
                .orElse(false)));
    }

    private void sendOrDefer(PendingDelivery delivery) {
        health.lock(delivery.channel());
        Optional<Duration> wait = health.usage(delivery.channel()).waitUnder(properties.limitFor(delivery.channel()));
        if (wait.isPresent()) {
            store.defer(delivery.id(), wait.get());
            registry.counter("fapiao.alert.deliveries.deferred", "channel", delivery.channel())
                    .increment();
        } else {
            attempts.attempt(delivery, channels.named(delivery.channel()));
        }
    }
}
