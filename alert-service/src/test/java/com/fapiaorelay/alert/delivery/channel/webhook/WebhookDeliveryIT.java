package com.fapiaorelay.alert.delivery.channel.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.alert.CaptureServer.Received;
import com.fapiaorelay.alert.IntegrationTest;
import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.json.FapiaoJson;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class WebhookDeliveryIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void deliversNewAlertToWebhookWithValidSignature() throws Exception {
        AnomalyRaised anomaly = missing(newSeller(), "24117000000212342001");

        publish(anomaly);

        Received message = await().until(() -> receiver.received(WEBHOOK, anomaly.sellerTaxId()), m -> !m.isEmpty())
                .get(0);
        assertThat(message.signature()).isEqualTo(hexHmac(WEBHOOK_SECRET, message.body()));
        JsonNode body = FapiaoJson.mapper().readTree(message.body());
        assertThat(body.get("groupKey").asString()).isEqualTo(anomaly.groupKey());
        assertThat(body.get("severity").asString()).isEqualTo("CRITICAL");
        assertThat(body.get("alertCount").asInt()).isEqualTo(1);
        assertThat(body.at("/samples/0/invoiceNumber").asString()).isEqualTo(anomaly.invoiceNumber());
        assertThat(meters.counter("fapiao.alert.deliveries", "channel", "webhook", "outcome", "delivered")
                        .count())
                .isPositive();
    }

    @Test
    void retriesFailedDeliveryWithGrowingBackoffAndLogsEveryAttempt() {
        AnomalyRaised anomaly = missing(newSeller(), "24117000000212342002");
        receiver.failFirst(WEBHOOK, anomaly.sellerTaxId(), 2);

        publish(anomaly);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> receiver.received(WEBHOOK, anomaly.sellerTaxId()).stream()
                        .anyMatch(m -> m.status() == 200));
        // the answered attempt is logged when its sending transaction commits, a moment after the receiver saw it
        List<Attempt> attempts = await().until(() -> attemptsFor(anomaly.groupKey()), logged -> logged.size() == 3);
        assertThat(attempts)
                .extracting(Attempt::outcome, Attempt::httpStatus)
                .containsExactly(tuple("RETRYING", 500), tuple("RETRYING", 500), tuple("DELIVERED", 200));
        Duration firstWait =
                Duration.between(attempts.get(0).attemptedAt(), attempts.get(1).attemptedAt());
        Duration secondWait =
                Duration.between(attempts.get(1).attemptedAt(), attempts.get(2).attemptedAt());
        assertThat(firstWait).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(secondWait).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void repeatOfAnAnnouncedAlertSendsNoSecondMessage() {
        AnomalyRaised anomaly = missing(newSeller(), "24117000000212342003");
        publish(anomaly);
        await().until(() -> receiver.received(WEBHOOK, anomaly.sellerTaxId()), m -> m.size() == 1);

        publish(missing(anomaly.sellerTaxId(), anomaly.invoiceNumber()));

        await().until(() -> occurrences(anomaly.fingerprint()) == 2);
        await().during(Duration.ofMillis(2500))
                .atMost(Duration.ofSeconds(5))
                .until(() -> receiver.received(WEBHOOK, anomaly.sellerTaxId()).size() == 1);
    }

    private int occurrences(String fingerprint) {
        return jdbc.sql("SELECT occurrences FROM alert WHERE fingerprint = ?")
                .param(fingerprint)
                .query(Integer.class)
                .single();
    }

    private List<Attempt> attemptsFor(String groupKey) {
        return jdbc.sql("""
                        SELECT a.outcome, a.http_status, a.attempted_at FROM delivery_attempt a
                        JOIN delivery d ON d.id = a.delivery_id JOIN alert_group g ON g.id = d.group_id
                        WHERE g.group_key = ? AND d.channel = 'webhook' ORDER BY a.attempt""").param(groupKey).query(Attempt.class).list();
    }

    private static String hexHmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    record Attempt(String outcome, Integer httpStatus, OffsetDateTime attemptedAt) {}
}
