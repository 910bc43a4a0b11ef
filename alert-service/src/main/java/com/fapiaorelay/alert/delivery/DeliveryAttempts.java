package com.fapiaorelay.alert.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** One attempt at one claimed message: send, then settle it as delivered, retry later or given up, and log it. */
@Component
class DeliveryAttempts {

    private static final Logger log = LoggerFactory.getLogger(DeliveryAttempts.class);

    private final DeliveryRows store;
    private final ChannelFailures failures;
    private final DeliveryProperties properties;
    private final MeterRegistry registry;

    DeliveryAttempts(
            DeliveryRows store, ChannelFailures failures, DeliveryProperties properties, MeterRegistry registry) {
        this.store = store;
        this.failures = failures;
        this.properties = properties;
        this.registry = registry;
    }

    DeliveryOutcome attempt(PendingDelivery delivery, Channel channel) {
        long start = System.nanoTime();
        ChannelResult result = send(delivery, channel);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        int attempt = delivery.attempts() + 1;
        DeliveryOutcome outcome = settle(delivery, attempt, result);
        store.logAttempt(delivery, attempt, outcome, result, took);
        failures.record(delivery.channel(), result);
        registry.counter(
                        "fapiao.alert.deliveries",
                        "channel",
                        delivery.channel(),
                        "outcome",
                        outcome.name().toLowerCase(Locale.ROOT))
                .increment();
        return outcome;
    }

    private static ChannelResult send(PendingDelivery delivery, Channel channel) {
        if (channel == null || !channel.enabled()) {
            return ChannelResult.failed(null, "Channel " + delivery.channel() + " is not configured");
        }
        try {
            return channel.send(delivery);
        } catch (RuntimeException e) {
            // A channel bug must cost one attempt, not stall the queue behind this message.
            return ChannelResult.failed(null, e.toString());
        }
    }

    private DeliveryOutcome settle(PendingDelivery delivery, int attempt, ChannelResult result) {
        if (result.delivered()) {
            store.markDelivered(delivery.id(), attempt);
            return DeliveryOutcome.DELIVERED;
        }
        if (attempt >= properties.maxAttempts()) {
            store.giveUp(delivery.id(), attempt);
            log.error(
                    "Gave up delivering group {} to {} after {} attempts: {}",
                    delivery.groupId(),
                    delivery.channel(),
                    attempt,
                    result.error());
            return DeliveryOutcome.GAVE_UP;
        }
        Duration wait = properties.backoff().after(attempt);
        store.retryLater(delivery.id(), attempt, wait);
        log.warn(
                "Delivery of group {} to {} failed (attempt {}, status {}): {}; retrying in {}",
                delivery.groupId(),
                delivery.channel(),
                attempt,
                result.httpStatus(),
                result.error(),
                wait);
        return DeliveryOutcome.RETRYING;
    }
}
