package com.fapiaorelay.sync.callback;

import com.fapiaorelay.sync.access.Caller;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The one door to webhooks: registers them for the caller's own sellers, and shows, removes and replays only those
 * whose sellers the caller holds every one of; another ERP's is "not found".
 */
@Component
class Subscriptions {

    private static final int MIN_SECRET = 16;
    private static final int MAX_SECRET = 256;

    private final SubscriptionRows subscriptions;
    private final DeliveryRows deliveries;
    private final CallbackProperties properties;
    private final Clock clock;

    Subscriptions(SubscriptionRows subscriptions, DeliveryRows deliveries, CallbackProperties properties, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.properties = properties;
        this.clock = clock;
    }

    SubscriptionView register(CallbackRequest request, Caller caller) {
        checkUrl(request.url());
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
        subscriptions.delete(find(id, caller).id());
    }

    List<DeadLetter> deadLetters(UUID id, Caller caller, int limit) {
        return deliveries.dead(find(id, caller).id(), limit);
    }

    int replayDeadLetters(UUID id, Caller caller) {
        return deliveries.replayDead(find(id, caller).id(), OffsetDateTime.now(clock));
    }

    private void checkUrl(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url);
        } catch (URISyntaxException e) {
            throw CallbackRefused.url("is not a URL");
        }
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        boolean http = "http".equalsIgnoreCase(uri.getScheme());
        if (uri.getHost() == null || !(https || http)) {
            throw CallbackRefused.url("must be an absolute http(s) URL");
        }
        if (http && !properties.allowPlainHttp()) {
            throw CallbackRefused.url("must be https");
        }
    }
}
