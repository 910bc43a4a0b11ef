package com.fapiaorelay.sync.callback;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import com.fapiaorelay.sync.ledger.Ledger;
import java.net.URI;

/**
 * An ERP's callback whose changes were dead-lettered: the ERP no longer hears of its invoices until someone fixes the
 * receiver and replays. One fingerprint per subscription; resolved when its dead letters are replayed or it is
 * removed. A WARNING: the invoices themselves are safe, only the ERP's view of them is behind.
 */
final class CallbackAnomaly {

    static final String TYPE = "CALLBACK_DEAD_LETTERS";

    private CallbackAnomaly() {}

    static AnomalyRaised deadLettered(SubscriptionView subscription, String lastError) {
        String host = host(subscription);
        return anomaly(
                subscription,
                subscription.createdBy() + " 的回调 " + host + " 有 " + subscription.dead() + " 条状态变更未能送达 / "
                        + subscription.createdBy() + "'s callback to " + host + ": " + subscription.dead()
                        + " status changes dead-lettered",
                "callback " + subscription.id() + ", sellers " + subscription.sellerTaxIds() + "; last error: "
                        + lastError + "; once the receiver answers 2xx, replay them: POST /api/v1/callbacks/"
                        + subscription.id() + "/dead-letters/replay (listed at GET /api/v1/callbacks/"
                        + subscription.id() + "/dead-letters)");
    }

    static AnomalyRaised replayed(SubscriptionView subscription) {
        return anomaly(
                        subscription,
                        subscription.createdBy() + " 的回调 " + host(subscription) + " 的死信已重放或移除 / "
                                + subscription.createdBy() + "'s callback to " + host(subscription)
                                + ": dead letters replayed or removed",
                        "callback " + subscription.id() + ", sellers " + subscription.sellerTaxIds())
                .asResolved();
    }

    private static AnomalyRaised anomaly(SubscriptionView subscription, String summary, String detail) {
        return AnomalyRaised.forSubject(
                Ledger.OWN_SOURCE, TYPE, Severity.WARNING, subscription.id().toString(), summary, detail);
    }

    private static String host(SubscriptionView subscription) {
        return URI.create(subscription.url()).getHost();
    }
}
