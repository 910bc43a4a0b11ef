package com.fapiaorelay.sync.callback;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.outbox.Outbox;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Tells people when a callback's changes die, through the outbox in the transaction that changes the dead letters, so
 * the alarm and the queue cannot disagree.
 */
@Component
class DeadLetterAlarm {

    private final SubscriptionRows subscriptions;
    private final Outbox outbox;

    DeadLetterAlarm(SubscriptionRows subscriptions, Outbox outbox) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
    }

    /** Call in the transaction that dead-lettered a change of the subscription: raises, with the dead count. */
    void deadLettered(UUID subscriptionId, String lastError) {
        subscriptions
                .find(subscriptionId)
                .ifPresent(subscription -> announce(CallbackAnomaly.deadLettered(subscription, lastError)));
    }

    /** Call in the transaction that replayed or removed the subscription's dead letters. */
    void cleared(SubscriptionView subscription) {
        announce(CallbackAnomaly.replayed(subscription));
    }

    private void announce(AnomalyRaised anomaly) {
        outbox.append(Topics.ANOMALIES, anomaly.fingerprint(), anomaly);
    }
}
