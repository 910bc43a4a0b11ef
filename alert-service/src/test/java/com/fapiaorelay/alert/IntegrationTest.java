package com.fapiaorelay.alert;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.testsupport.SharedInfrastructure;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on the shared real Kafka and PostgreSQL, delivering to a capture webhook. One context serves
 * every integration test; each test works on its own seller, so tests never see each other's alerts.
 */
@SpringBootTest(
        classes = AlertServiceApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.config.name=alert-service",
            "fapiao.alert.grouping.window=2s",
            "fapiao.alert.delivery.interval=200ms",
            "fapiao.alert.delivery.initial-backoff=200ms",
            "fapiao.alert.delivery.max-backoff=1s",
            "fapiao.alert.delivery.max-attempts=4",
            "fapiao.alert.webhook.secret=" + IntegrationTest.WEBHOOK_SECRET,
            "fapiao.alert.dingtalk.access-token=" + IntegrationTest.DINGTALK_TOKEN,
            "fapiao.alert.dingtalk.secret=" + IntegrationTest.DINGTALK_SECRET,
            "fapiao.alert.dingtalk.at-mobiles=13800000000"
        })
public abstract class IntegrationTest {

    protected static final String WEBHOOK = "/webhook";
    protected static final String WEBHOOK_SECRET = "test-webhook-secret";
    protected static final String DINGTALK = "/robot/send";
    protected static final String DINGTALK_TOKEN = "test-robot-token";
    protected static final String DINGTALK_SECRET = "SECtest";
    protected static final CaptureServer receiver = CaptureServer.start();
    private static KafkaProducer<String, String> producer;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry, "alert");
        registry.add("fapiao.alert.webhook.url", () -> receiver.url(WEBHOOK));
        registry.add("fapiao.alert.dingtalk.url", () -> receiver.url(DINGTALK));
    }

    protected static void publish(AnomalyRaised... anomalies) {
        for (AnomalyRaised anomaly : anomalies) {
            publishRaw(anomaly.fingerprint(), FapiaoJson.mapper().writeValueAsString(anomaly));
        }
        producer().flush();
    }

    protected static void publishRaw(String key, String payload) {
        producer().send(new ProducerRecord<>(Topics.ANOMALIES, key, payload));
    }

    protected static String newSeller() {
        return "91110108"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    protected static AnomalyRaised missing(String seller, String invoiceNumber) {
        return AnomalyRaised.forInvoice(
                "sync-service",
                "MISSING",
                Severity.CRITICAL,
                new InvoiceKey(seller, invoiceNumber),
                "Invoice " + invoiceNumber + " not visible in the tax system",
                "Uploaded, not found by the deadline");
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    SharedInfrastructure.get().kafkaBootstrapServers(),
                    ProducerConfig.LINGER_MS_CONFIG,
                    5,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                    StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                    StringSerializer.class));
        }
        return producer;
    }
}
