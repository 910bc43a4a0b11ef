package com.fapiaorelay.alert.delivery.channel.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.alert.CaptureServer.Received;
import com.fapiaorelay.alert.IntegrationTest;
import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.json.FapiaoJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WeComDeliveryIT extends IntegrationTest {

    @Test
    void largeChineseGroupArrivesAsMarkdownWithin4096BytesAndItsRecoveryIsSaidToo() {
        String seller = newSeller();
        AnomalyRaised[] anomalies = IntStream.range(0, 12)
                .mapToObj(i -> chinese(seller, "241170000002123450%02d".formatted(i)))
                .toArray(AnomalyRaised[]::new);

        publish(anomalies);

        Received firing = awaitWeCom(seller, "[CRITICAL]");
        assertThat(firing.rawQuery()).isEqualTo("key=" + WECOM_KEY);
        JsonNode body = FapiaoJson.mapper().readTree(firing.body());
        assertThat(body.get("msgtype").asString()).isEqualTo("markdown");
        String content = body.at("/markdown/content").asString();
        assertThat(content.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4096);
        assertThat(content)
                .contains("Invoices: 12, sellers: 1", "发票", "Since: ")
                .contains("[Runbook](https://docs.fapiao.test/runbooks/anomalies/missing.md)")
                .contains("[Console](https://console.fapiao.test/alerts?groupId=")
                .doesNotContain("\uFFFD");

        publish(IntStream.range(0, anomalies.length)
                .mapToObj(i -> recovered(anomalies[i]))
                .toArray(AnomalyRaised[]::new));

        Received resolved = awaitWeCom(seller, "[RESOLVED]");
        assertThat(resolved.body()).contains("every alert of this group has recovered");
    }

    private static Received awaitWeCom(String seller, String marker) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> receiver.received(WECOM, seller).stream()
                                .filter(m -> m.body().contains(marker))
                                .toList(),
                        messages -> !messages.isEmpty())
                .get(0);
    }

    private static AnomalyRaised chinese(String seller, String invoiceNumber) {
        return AnomalyRaised.forInvoice(
                "sync-service",
                "MISSING",
                AnomalyRaised.Severity.CRITICAL,
                new InvoiceKey(seller, invoiceNumber),
                "发票 " + invoiceNumber + " 上传后在税务系统中不可见，".repeat(30),
                "截止时间已过");
    }
}
