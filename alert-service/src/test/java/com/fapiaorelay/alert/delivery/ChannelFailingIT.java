package com.fapiaorelay.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.alert.IntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ChannelFailingIT extends IntegrationTest {

    private static final String FAILING_KEY = "CHANNEL_FAILING:wecom";

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void wecomWorksAgain() {
        receiver.stopFailing(WECOM);
    }

    @Test
    void channelFailingInARowIsAlertedOnOtherChannelsAndItsRecoveryToo() {
        receiver.failAll(WECOM);

        publish(missing(newSeller(), "24117000000212348001"));

        await().atMost(Duration.ofSeconds(45))
                .until(() -> !receiver.received(WEBHOOK, FAILING_KEY).isEmpty()
                        && !receiver.received(DINGTALK, "Channel wecom failed").isEmpty());
        assertThat(channelsToldOf(FAILING_KEY)).isNotEmpty().doesNotContain("wecom");

        receiver.stopFailing(WECOM);
        publish(missing(newSeller(), "24117000000212348002"));

        await().atMost(Duration.ofSeconds(45))
                .until(() -> receiver.received(WEBHOOK, FAILING_KEY).stream()
                        .anyMatch(m -> m.body().contains("\"kind\":\"RESOLVED\"")));
    }

    private List<String> channelsToldOf(String groupKey) {
        return jdbc.sql("""
                        SELECT d.channel FROM delivery d JOIN alert_group g ON g.id = d.group_id
                        WHERE g.group_key = ?""").param(groupKey).query(String.class).list();
    }
}
