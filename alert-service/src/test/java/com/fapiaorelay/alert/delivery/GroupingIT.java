package com.fapiaorelay.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.alert.IntegrationTest;
import com.fapiaorelay.alert.delivery.channel.email.EmailDeliveryIT;
import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.json.FapiaoJson;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class GroupingIT extends IntegrationTest {

    private static final int STORM = 10_000;
    private static final List<String> CHANNELS = List.of(WEBHOOK, DINGTALK, WECOM, FEISHU);

    @Autowired
    JdbcClient jdbc;

    @Test
    void stormOfTenThousandMissingInvoicesIsAtMostOneMessagePerChannelPerGroupWindow() {
        String seller = newSeller();
        AnomalyRaised[] storm = IntStream.range(0, STORM)
                .mapToObj(i -> missing(seller, "2411700000%010d".formatted(i)))
                .toArray(AnomalyRaised[]::new);

        publish(storm);

        await().atMost(Duration.ofSeconds(90)).until(() -> allWindowsDelivered(storm[0].groupKey(), STORM));
        int windows = windowsOf(storm[0].groupKey());
        // Ingest outlasts a 2 s test window on a loaded machine, so the storm may span a few windows: still not 10,000.
        assertThat(windows).isBetween(1, STORM / 100);
        for (String channel : CHANNELS) {
            assertThat(receiver.received(channel, seller)).as(channel).hasSize(windows);
        }
        List<JsonNode> messages = receiver.received(WEBHOOK, seller).stream()
                .map(m -> FapiaoJson.mapper().readTree(m.body()))
                .toList();
        assertThat(messages.stream().mapToLong(m -> m.get("groupId").asLong()).distinct())
                .hasSize(windows);
        assertThat(messages.stream().mapToInt(m -> m.get("alertCount").asInt()).sum())
                .isEqualTo(STORM);
        assertThat(messages.get(0).get("samples")).hasSize(10);
        assertThat(messages.get(0).get("sellerCount").asInt()).isEqualTo(1);
        assertThat(mail.getReceivedMessages())
                .filteredOn(m -> EmailDeliveryIT.subjectOf(m).contains(seller))
                .hasSize(windows);
    }

    private boolean allWindowsDelivered(String groupKey, int alerts) {
        return jdbc.sql("""
                        SELECT coalesce(sum(alert_count), 0) = ? AND bool_and(sealed)
                               AND NOT EXISTS (SELECT 1 FROM delivery d JOIN alert_group g2 ON g2.id = d.group_id
                                               WHERE g2.group_key = ? AND d.state <> 'DELIVERED')
                        FROM alert_group WHERE group_key = ?""")
                .params(alerts, groupKey, groupKey)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    private int windowsOf(String groupKey) {
        return jdbc.sql("SELECT count(*) FROM alert_group WHERE group_key = ?")
                .param(groupKey)
                .query(Integer.class)
                .single();
    }
}
