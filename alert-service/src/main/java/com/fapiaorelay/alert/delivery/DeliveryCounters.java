package com.fapiaorelay.alert.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Registers {@code fapiao_alert_deliveries_total{channel,outcome}} and {@code fapiao_alert_deliveries_deferred_total
 * {channel}} at zero for every enabled channel (and outcome) on start, so a failure ratio or a deferral rate reads 0
 * rather than nothing before the first message.
 */
@Component
class DeliveryCounters {

    DeliveryCounters(List<Channel> channels, MeterRegistry meters) {
        for (Channel channel : channels) {
            if (channel.enabled()) {
                register(channel.name(), meters);
            }
        }
    }

    private static void register(String channel, MeterRegistry meters) {
        meters.counter("fapiao.alert.deliveries.deferred", "channel", channel);
        for (DeliveryOutcome outcome : DeliveryOutcome.values()) {
            meters.counter(
                    "fapiao.alert.deliveries",
                    "channel",
                    channel,
                    "outcome",
                    outcome.name().toLowerCase(Locale.ROOT));
        }
    }
}
