package com.fapiaorelay.alert.delivery.channel.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.alert.CaptureServer.Received;
import com.fapiaorelay.alert.IntegrationTest;
import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.json.FapiaoJson;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DingTalkDeliveryIT extends IntegrationTest {

    @Test
    void deliversGroupToDingTalkRobotAsSignedMarkdown() {
        AnomalyRaised anomaly = missing(newSeller(), "24117000000212343001");

        publish(anomaly);

        Received message = await().until(() -> receiver.received(DINGTALK, anomaly.sellerTaxId()), m -> !m.isEmpty())
                .get(0);
        Map<String, String> query = queryOf(message.rawQuery());
        assertThat(query).containsEntry("access_token", DINGTALK_TOKEN);
        assertThat(query.get("sign"))
                .isEqualTo(new DingTalkSigner(DINGTALK_SECRET).sign(Long.parseLong(query.get("timestamp"))));
        JsonNode body = FapiaoJson.mapper().readTree(message.body());
        assertThat(body.get("msgtype").asString()).isEqualTo("markdown");
        assertThat(body.at("/markdown/title").asString()).contains("MISSING", anomaly.sellerTaxId());
        assertThat(body.at("/markdown/text").asString()).contains(anomaly.invoiceNumber(), "@13800000000");
        assertThat(body.at("/at/atMobiles/0").asString()).isEqualTo("13800000000");
        assertThat(body.at("/at/isAtAll").asBoolean()).isFalse();
    }

    private static Map<String, String> queryOf(String rawQuery) {
        return Arrays.stream(rawQuery.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
    }
}
