package com.fapiaorelay.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.alert.CaptureServer.Received;
import com.fapiaorelay.alert.IntegrationTest;
import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.json.FapiaoJson;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GroupingIT extends IntegrationTest {

    private static final int STORM = 500;

    @Test
    void stormOfMissingInvoicesOfOneSellerArrivesAsOneMessageWithTheCount() {
        String seller = newSeller();
        AnomalyRaised[] storm = IntStream.range(0, STORM)
                .mapToObj(i -> missing(seller, "2411700000%010d".formatted(i)))
                .toArray(AnomalyRaised[]::new);

        publish(storm);

        List<Received> messages = await().atMost(Duration.ofSeconds(30))
                .until(() -> receiver.received(WEBHOOK, seller), received -> !received.isEmpty());
        JsonNode message = FapiaoJson.mapper().readTree(messages.get(0).body());
        assertThat(message.get("alertCount").asInt()).isEqualTo(STORM);
        assertThat(message.get("anomalyCount").asInt()).isEqualTo(STORM);
        assertThat(message.get("sellerTaxId").asString()).isEqualTo(seller);
        assertThat(message.get("title").asString()).contains("500 alerts");
        assertThat(message.get("samples")).hasSize(10);
        assertThat(receiver.received(WEBHOOK, seller)).hasSize(1);
    }
}
