package com.fapiaorelay.alert;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.testsupport.SharedInfrastructure;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on the shared real Kafka and PostgreSQL, delivering to a capture server (webhook, DingTalk,
 * WeCom, Feishu) and an in-process SMTP server. One context serves every integration test; each test works on its
 * own seller, so tests never see each other's alerts.
 */
@SpringBootTest(
        classes = AlertServiceApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=alert-service", "spring.profiles.active=dev"})
public abstract class IntegrationTest {

    protected static final String WEBHOOK = "/webhook";
    protected static final String WEBHOOK_SECRET = "test-webhook-secret";
    protected static final String DINGTALK = "/robot/send";
    protected static final String DINGTALK_TOKEN = "test-robot-token";
    protected static final String DINGTALK_SECRET = "SECtest";
    protected static final String WECOM = "/cgi-bin/webhook/send";
    protected static final String WECOM_KEY = "test-wecom-key";
    protected static final String FEISHU = "/open-apis/bot/v2/hook/test-hook";
    protected static final String FEISHU_SECRET = "test-secret";
    protected static final String ONCALL_MAIL = "oncall@fapiao.test";
    protected static final String ESCALATING_TYPE = "ESCALATION_DRILL";
    protected static final String INFO_TO_WECOM_TYPE = "ROUTING_DRILL";
    protected static final CaptureServer receiver = CaptureServer.start();
    protected static final GreenMail mail = startMailServer();
    private static KafkaProducer<String, String> producer;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry, "alert");
        settings().forEach((name, value) -> registry.add(name, value::get));
    }

    /** This instance's settings beyond the infrastructure, so a second instance can be started alike. */
    protected static Map<String, Supplier<Object>> settings() {
        Map<String, Supplier<Object>> settings = new LinkedHashMap<>();
        settings.put("fapiao.alert.grouping.window", () -> "2s");
        settings.put("fapiao.alert.delivery.interval", () -> "200ms");
        settings.put("fapiao.alert.delivery.idle-interval", () -> "400ms");
        settings.put("fapiao.alert.delivery.initial-backoff", () -> "200ms");
        settings.put("fapiao.alert.delivery.max-backoff", () -> "1s");
        settings.put("fapiao.alert.delivery.max-attempts", () -> "4");
        settings.put("fapiao.alert.delivery.failing-after", () -> "3");
        settings.put("fapiao.alert.delivery.link-base-url", () -> "https://console.fapiao.test");
        settings.put("fapiao.alert.delivery.runbook-base-url", () -> "https://docs.fapiao.test/runbooks");
        // Generous minute limits, so the suite's many messages are not throttled; Feishu keeps its 5 a second.
        settings.put("fapiao.alert.delivery.limits.dingtalk.per-minute", () -> "1000");
        settings.put("fapiao.alert.delivery.limits.wecom.per-minute", () -> "1000");
        settings.put("fapiao.alert.delivery.limits.feishu.per-minute", () -> "1000");
        settings.put("fapiao.alert.delivery.limits.feishu.per-second", () -> "5");
        settings.put("fapiao.alert.webhook.url", () -> receiver.url(WEBHOOK));
        settings.put("fapiao.alert.webhook.secret", () -> WEBHOOK_SECRET);
        settings.put("fapiao.alert.dingtalk.url", () -> receiver.url(DINGTALK));
        settings.put("fapiao.alert.dingtalk.access-token", () -> DINGTALK_TOKEN);
        settings.put("fapiao.alert.dingtalk.secret", () -> DINGTALK_SECRET);
        settings.put("fapiao.alert.dingtalk.at-mobiles", () -> "13800000000");
        settings.put("fapiao.alert.wecom.url", () -> receiver.url(WECOM));
        settings.put("fapiao.alert.wecom.key", () -> WECOM_KEY);
        settings.put("fapiao.alert.feishu.url", () -> receiver.url(FEISHU));
        settings.put("fapiao.alert.feishu.secret", () -> FEISHU_SECRET);
        settings.put("spring.mail.host", () -> "localhost");
        settings.put("spring.mail.port", () -> mail.getSmtp().getPort());
        settings.put("fapiao.alert.email.to", () -> ONCALL_MAIL);
        routes(settings);
        return settings;
    }

    private static void routes(Map<String, Supplier<Object>> settings) {
        String routes = "fapiao.alert.routing.routes";
        settings.put(routes + "[0].name", () -> "escalating-drill");
        settings.put(routes + "[0].types[0]", () -> ESCALATING_TYPE);
        settings.put(routes + "[0].channels[0]", () -> "webhook");
        settings.put(routes + "[0].escalate-after", () -> "2s");
        settings.put(routes + "[1].name", () -> "drill-leads");
        settings.put(routes + "[1].escalation-only", () -> "true");
        settings.put(routes + "[1].channels[0]", () -> "email");
        settings.put(routes + "[2].name", () -> "info-drill-to-wecom");
        settings.put(routes + "[2].types[0]", () -> INFO_TO_WECOM_TYPE);
        settings.put(routes + "[2].severities[0]", () -> "INFO");
        settings.put(routes + "[2].channels[0]", () -> "wecom");
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
        return anomaly("MISSING", Severity.CRITICAL, seller, invoiceNumber);
    }

    protected static AnomalyRaised anomaly(String type, Severity severity, String seller, String invoiceNumber) {
        return AnomalyRaised.forInvoice(
                "sync-service",
                type,
                severity,
                new InvoiceKey(seller, invoiceNumber),
                "Invoice " + invoiceNumber + " not visible in the tax system",
                "Uploaded, not found by the deadline");
    }

    /** The same anomaly, recovered: what a source publishes once the invoice is visible after all. */
    protected static AnomalyRaised recovered(AnomalyRaised anomaly) {
        return new AnomalyRaised(
                UUID.randomUUID(),
                anomaly.eventType(),
                anomaly.schemaVersion(),
                anomaly.occurredAt().plusSeconds(1),
                anomaly.source(),
                anomaly.fingerprint(),
                anomaly.groupKey(),
                anomaly.anomalyType(),
                anomaly.severity(),
                anomaly.sellerTaxId(),
                anomaly.invoiceNumber(),
                "Visible again",
                null,
                true);
    }

    private static GreenMail startMailServer() {
        GreenMail server =
                new GreenMail(new ServerSetup(SharedInfrastructure.freePort(), "localhost", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            // Big batches: the storm test sends ten thousand anomalies in a few requests.
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    SharedInfrastructure.get().kafkaBootstrapServers(),
                    ProducerConfig.LINGER_MS_CONFIG,
                    20,
                    ProducerConfig.BATCH_SIZE_CONFIG,
                    1 << 20,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                    StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                    StringSerializer.class));
        }
        return producer;
    }
}
