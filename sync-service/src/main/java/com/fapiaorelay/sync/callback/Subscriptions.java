package com.fapiaorelay.sync.callback;

import com.fapiaorelay.sync.access.Caller;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one door to webhooks: registers them for the caller's own sellers, and shows, removes and replays only those
 * whose sellers the caller holds every one of; another ERP's is "not found". Replaying or removing a subscription's
 * dead letters resolves its CALLBACK_DEAD_LETTERS anomaly in the same transaction.
 */
@Component
class Subscriptions {

    private static final int MIN_SECRET = 16;
    private static final int MAX_SECRET = 256;

    private final SubscriptionRows subscriptions;
    private final DeliveryRows deliveries;
    private final ReceiverUrls urls;
    private final DeadLetterAlarm alarm;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Subscriptions(
            SubscriptionRows subscriptions,
            DeliveryRows deliveries,
            ReceiverUrls urls,
            DeadLetterAlarm alarm,
            TransactionTemplate transaction,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.urls = urls;
        this.alarm = alarm;
        this.transaction = transaction;
        this.clock = clock;
    }

    SubscriptionView register(CallbackRequest request, Caller caller) {
        urls.check(request.url());
        if (request.secret() == null
                || request.secret().length() < MIN_SECRET
                || request.secret().length() > MAX_SECRET) {
            throw CallbackRefused.secret();
        }
        if (request.sellerTaxIds().isEmpty()) {
            throw CallbackRefused.sellers();
        }
        request.sellerTaxIds().forEach(caller::requireSeller);
        UUID id = UUID.randomUUID();
        subscriptions.insert(id, request, caller.actor(), OffsetDateTime.now(clock));
        return subscriptions.find(id).orElseThrow();
    }

    List<SubscriptionView> visibleTo(Caller caller) {
        return subscriptions.within(caller.sellersToSearch(null));
    }

    SubscriptionView find(UUID id, Caller caller) {
        return subscriptions
                .find(id)
                .filter(found -> caller.admin() || caller.sellerTaxIds().containsAll(found.sellerTaxIds()))
                .orElseThrow(() -> SubscriptionNotFound.forId(id));
    }

    void remove(UUID id, Caller caller) {
        SubscriptionView subscription = find(id, caller);
        transaction.executeWithoutResult(status -> {
            subscriptions.delete(subscription.id());
            if (subscription.dead() > 0) {
                alarm.cleared(subscription);
            }
        });
    }

    List<DeadLetter> deadLetters(UUID id, Caller caller, int limit) {
        return deliveries.dead(find(id, caller).id(), limit);
    }

    int replayDeadLetters(UUID id, Caller caller) {
        SubscriptionView subscription = find(id, caller);
        Integer replayed = transaction.execute(status -> {
            int count = deliveries.replayDead(subscription.id(), OffsetDateTime.now(clock));
            if (count > 0) {
                alarm.cleared(subscription);
            }
            return count;
        });
        return replayed == null ? 0 : replayed;
    }
}
