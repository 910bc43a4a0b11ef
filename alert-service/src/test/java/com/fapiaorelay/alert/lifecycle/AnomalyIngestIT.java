package com.fapiaorelay.alert.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.alert.IntegrationTest;
import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.testsupport.SharedInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AnomalyIngestIT extends IntegrationTest {

    @Autowired
    AlertRows alerts;

    @Autowired
    AlertActionRows actions;

    @Autowired
    MeterRegistry meters;

    @Test
    void storesAnomalyAsFiringAlertWithItsSeverityAndSeller() {
        AnomalyRaised anomaly = missing(newSeller(), "24117000000212340001");

        publish(anomaly);

        Alert alert = awaitAlert(anomaly.fingerprint());
        assertThat(alert.state()).isEqualTo(AlertState.FIRING);
        assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(alert.sellerTaxId()).isEqualTo(anomaly.sellerTaxId());
        assertThat(alert.groupKey()).isEqualTo("MISSING:" + anomaly.sellerTaxId());
        assertThat(alert.occurrences()).isEqualTo(1);
        assertThat(meters.get("fapiao.alerts.firing")
                        .tag("severity", "CRITICAL")
                        .gauge()
                        .value())
                .isPositive();
    }

    @Test
    void sameFingerprintTwiceIsOneAlertCountingTwoOccurrences() {
        AnomalyRaised first = missing(newSeller(), "24117000000212340002");
        AnomalyRaised again = missing(first.sellerTaxId(), first.invoiceNumber());

        publish(first, again);

        await().untilAsserted(() ->
                assertThat(awaitAlert(first.fingerprint()).occurrences()).isEqualTo(2));
        assertThat(alerts.list(new AlertFilter(null, null, first.sellerTaxId(), null, null, 10)))
                .hasSize(1);
    }

    @Test
    void replayedEventChangesNothing() {
        AnomalyRaised anomaly = missing(newSeller(), "24117000000212340003");
        AnomalyRaised marker = missing(anomaly.sellerTaxId(), "24117000000212340004");

        publish(anomaly, anomaly, anomaly, marker);

        awaitAlert(marker.fingerprint());
        assertThat(awaitAlert(anomaly.fingerprint()).occurrences()).isEqualTo(1);
    }

    @Test
    void resolvedAnomalyResolvesItsAlertAndRecordsTheSourceAsActor() {
        AnomalyRaised anomaly = missing(newSeller(), "24117000000212340005");
        publish(anomaly);
        long id = awaitAlert(anomaly.fingerprint()).id();

        publish(recovered(anomaly));

        await().untilAsserted(() ->
                assertThat(awaitAlert(anomaly.fingerprint()).state()).isEqualTo(AlertState.RESOLVED));
        assertThat(actions.of(id))
                .extracting(AlertAction::action, AlertAction::actor)
                .containsExactly(tuple(AlertState.RESOLVED, "sync-service"));
    }

    @Test
    void anomaliesTakenInAreCountedByTypeOncePerEventAndRecoveriesAreNot() {
        String type = "COUNTED_" + UUID.randomUUID().toString().substring(0, 8);
        AnomalyRaised first = anomaly(type, Severity.WARNING, newSeller(), "24117000000212340007");
        AnomalyRaised second = anomaly(type, Severity.WARNING, first.sellerTaxId(), "24117000000212340008");

        publish(first, first, second, recovered(first));

        await().untilAsserted(() ->
                assertThat(awaitAlert(first.fingerprint()).state()).isEqualTo(AlertState.RESOLVED));
        await().untilAsserted(() -> assertThat(meters.get("fapiao.alert.anomalies")
                        .tags("type", type, "severity", "WARNING")
                        .counter()
                        .count())
                .isEqualTo(2.0));
    }

    @Test
    void unparseableRecordIsDeadLetteredWhileLaterAnomaliesStillArrive() {
        String garbage = "{not json " + UUID.randomUUID();
        AnomalyRaised after = missing(newSeller(), "24117000000212340006");

        publishRaw("poison", garbage);
        publish(after);

        awaitAlert(after.fingerprint());
        assertThat(deadLetters(garbage)).contains(garbage);
    }

    private Alert awaitAlert(String fingerprint) {
        return await().until(() -> alerts.findByFingerprint(fingerprint).orElse(null), alert -> alert != null);
    }

    private static List<String> deadLetters(String expected) {
        List<String> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.get().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "dlt-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class))) {
            consumer.subscribe(List.of(Topics.ANOMALIES + "-dlt"));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> seen.add(record.value()));
                return seen.contains(expected);
            });
        }
        return seen;
    }
}
