package com.fapiaorelay.alert.delivery.channel.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.alert.CaptureServer.Received;
import com.fapiaorelay.alert.IntegrationTest;
import com.fapiaorelay.alert.delivery.AlertMessage;
import com.fapiaorelay.alert.delivery.MessageKind;
import com.fapiaorelay.alert.delivery.MessageLinks;
import com.fapiaorelay.alert.lifecycle.GroupNotice;
import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import com.fapiaorelay.common.json.FapiaoJson;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

class FeishuDeliveryIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void deliversSignedTextWithTimestampInSeconds() {
        AnomalyRaised anomaly = missing(newSeller(), "24117000000212346001");

        publish(anomaly);

        Received message = await().until(() -> receiver.received(FEISHU, anomaly.sellerTaxId()), m -> !m.isEmpty())
                .get(0);
        JsonNode body = FapiaoJson.mapper().readTree(message.body());
        long timestamp = Long.parseLong(body.get("timestamp").asString());
        assertThat(timestamp).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
        assertThat(body.get("sign").asString()).isEqualTo(new FeishuSigner(FEISHU_SECRET).sign(timestamp));
        assertThat(body.get("msg_type").asString()).isEqualTo("text");
        assertThat(body.at("/content/text").asString())
                .contains(anomaly.invoiceNumber(), "Invoices: 1, sellers: 1", "Runbook: https://docs.fapiao.test");
        assertThat(message.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(FeishuText.MAX_BODY_BYTES);
    }

    @Test
    void messageOverFiveASecondWaitsWithoutSpendingAnAttemptThenGoes() {
        double deferredBefore = deferred();
        String seller = newSeller();
        long delivery = transaction.execute(status -> pendingAfterFiveRecentSends(seller));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> !receiver.received(FEISHU, seller).isEmpty());

        assertThat(deferred()).isGreaterThan(deferredBefore);
        // the capture server answers before the worker's transaction records the attempt
        await().untilAsserted(() -> assertThat(jdbc.sql("SELECT attempts FROM delivery WHERE id = ?")
                        .param(delivery)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1));
        assertThat(waitedAfterTheFirstOfTheFiveSends(delivery)).isGreaterThanOrEqualTo(Duration.ofMillis(990));
    }

    private Duration waitedAfterTheFirstOfTheFiveSends(long delivery) {
        return Duration.ofMillis(
                jdbc.sql("""
                        SELECT (EXTRACT(EPOCH FROM (SELECT attempted_at FROM delivery_attempt WHERE delivery_id = :id)
                                - (SELECT min(a.attempted_at) FROM delivery_attempt a JOIN delivery d ON d.id = a.delivery_id
                                   WHERE d.group_id = (SELECT group_id FROM delivery WHERE id = :id)
                                     AND d.channel = 'webhook')) * 1000)::bigint""").param("id", delivery).query(Long.class).single());
    }

    private double deferred() {
        return meters.counter("fapiao.alert.deliveries.deferred", "channel", "feishu")
                .count();
    }

    /** Five Feishu sends logged just now, and one more message due: the limit of five a second is reached. */
    private long pendingAfterFiveRecentSends(String seller) {
        long group = jdbc.sql("""
                        INSERT INTO alert_group (group_key, anomaly_type, severity, seller_tax_id, alert_count,
                                                 anomaly_count, due_at, sealed, sealed_at)
                        VALUES (?, 'MISSING', 'CRITICAL', ?, 1, 1, now(), true, now()) RETURNING id""")
                .params("MISSING:" + seller, seller)
                .query(Long.class)
                .single();
        GroupNotice notice = new GroupNotice(
                group,
                "MISSING:" + seller,
                "MISSING",
                Severity.CRITICAL,
                seller,
                1,
                1,
                1,
                1,
                OffsetDateTime.now(),
                List.of(),
                List.of());
        String payload = AlertMessage.of(notice, MessageKind.FIRING, new MessageLinks("", ""), null)
                .toJson();
        long sent = insertDelivery(group, "webhook", payload, "DELIVERED");
        for (int attempt = 1; attempt <= 5; attempt++) {
            jdbc.sql("""
                            INSERT INTO delivery_attempt (delivery_id, channel, attempt, attempted_at, outcome, duration_ms)
                            VALUES (?, 'feishu', ?, clock_timestamp(), 'DELIVERED', 1)""").params(sent, attempt).update();
        }
        return insertDelivery(group, "feishu", payload, "PENDING");
    }

    private long insertDelivery(long group, String channel, String payload, String state) {
        return jdbc.sql("INSERT INTO delivery (group_id, channel, payload, state) VALUES (?, ?, ?, ?) RETURNING id")
                .params(group, channel, payload, state)
                .query(Long.class)
                .single();
    }
}
