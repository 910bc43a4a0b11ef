package com.fapiaorelay.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ChannelUsageTest {

    private static final RateLimit FEISHU = RateLimit.defaultFor("feishu");

    @Test
    void underBothLimitsTheMessageGoesNow() {
        assertThat(new ChannelUsage(4, 99, 0, 0).waitUnder(FEISHU)).isEmpty();
    }

    @Test
    void fullMinuteWaitsUntilTheOldestAttemptLeavesIt() {
        assertThat(new ChannelUsage(0, 100, 0, 12_000).waitUnder(FEISHU)).contains(Duration.ofSeconds(12));
    }

    @Test
    void fullSecondWaitsAtLeastALittle() {
        assertThat(new ChannelUsage(5, 5, 0, 0).waitUnder(FEISHU)).contains(Duration.ofMillis(50));
        assertThat(new ChannelUsage(5, 5, 300, 0).waitUnder(FEISHU)).contains(Duration.ofMillis(300));
    }

    @Test
    void dingTalkAndWeComTake20AMinuteAndTheWebhookIsUnlimited() {
        assertThat(new ChannelUsage(20, 20, 0, 1_000).waitUnder(RateLimit.defaultFor("dingtalk")))
                .isPresent();
        assertThat(new ChannelUsage(20, 20, 0, 1_000).waitUnder(RateLimit.defaultFor("wecom")))
                .isPresent();
        assertThat(new ChannelUsage(900, 9_000, 0, 0).waitUnder(RateLimit.defaultFor("webhook")))
                .isEmpty();
    }
}
