package com.fapiaorelay.alert.delivery;

import com.fapiaorelay.alert.lifecycle.GroupNotice;
import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import com.fapiaorelay.common.event.FapiaoEvent;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.outbox.Outbox;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A channel that keeps failing is itself an anomaly: raised through the outbox once it fails {@code failingAfter}
 * times in a row, resolved by its next success. Its alert is never routed to the channel it is about.
 */
@Component
class ChannelFailures {

    static final String TYPE = "CHANNEL_FAILING";

    private static final Logger log = LoggerFactory.getLogger(ChannelFailures.class);

    private final ChannelHealthRows health;
    private final Outbox outbox;
    private final int failingAfter;

    ChannelFailures(ChannelHealthRows health, Outbox outbox, DeliveryProperties properties) {
        this.health = health;
        this.outbox = outbox;
        this.failingAfter = properties.failingAfter();
    }

    /** Call in the sending transaction, after {@link ChannelHealthRows#lock}. */
    void record(String channel, ChannelResult result) {
        if (result.delivered()) {
            health.resetFailures(channel);
            if (health.markRaised(channel, false)) {
                publish(channel, "Channel " + channel + " delivers again", null, true);
            }
        } else if (health.countFailure(channel) >= failingAfter && health.markRaised(channel, true)) {
            log.error("Channel {} failed {} deliveries in a row: {}", channel, failingAfter, result.error());
            publish(
                    channel,
                    "Channel " + channel + " failed " + failingAfter + " deliveries in a row",
                    result.error(),
                    false);
        }
    }

    /** True when the notice is the failing alert of this very channel, which could not carry it. */
    static boolean isAbout(GroupNotice notice, String channel) {
        return TYPE.equals(notice.anomalyType()) && notice.groupKey().equals(keyOf(channel));
    }

    private void publish(String channel, String summary, String detail, boolean resolved) {
        String key = keyOf(channel);
        AnomalyRaised anomaly = new AnomalyRaised(
                UUID.randomUUID(),
                AnomalyRaised.TYPE,
                AnomalyRaised.VERSION,
                FapiaoEvent.stampedNow(),
                "alert-service",
                key,
                key,
                TYPE,
                Severity.CRITICAL,
                null,
                null,
                summary,
                detail,
                resolved);
        outbox.append(Topics.ANOMALIES, key, anomaly);
    }

    private static String keyOf(String channel) {
        return TYPE + ":" + channel;
    }
}
