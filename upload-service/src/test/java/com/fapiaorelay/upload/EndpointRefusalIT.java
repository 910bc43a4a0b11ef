package com.fapiaorelay.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.InvoiceSubmitted;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.testsupport.SharedInfrastructure;
import com.fapiaorelay.testsupport.StubServer;
import com.fapiaorelay.testsupport.TestInvoices;
import com.fapiaorelay.testsupport.TopicRecorder;
import com.fapiaorelay.upload.intake.Intake;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A tax URL that points at the wrong server (every call answers 404, as a proxy or another site would) is the
 * endpoint's failure: ops are paged, and the invoice waits pending instead of being rejected.
 */
@SpringBootTest(
        properties = {
            "spring.config.name=upload-service",
            "spring.profiles.active=dev",
            "spring.kafka.listener.auto-startup=false",
            "fapiao.upload.poll-interval=20ms",
            "fapiao.upload.retry.initial-backoff=200ms",
            "fapiao.outbox.interval=50ms"
        })
class EndpointRefusalIT {

    private static final StubServer wrongServer = StubServer.answering(404, "text/html", "<html>404 Not Found</html>");
    private static final TopicRecorder anomalies = TopicRecorder.of(Topics.ANOMALIES);

    @Autowired
    Intake intake;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry, "upload_refused");
        registry.add("fapiao.tax.base-url", wrongServer::url);
    }

    @Test
    void notFoundFromTheEndpointPagesOpsAndLeavesTheInvoicePending() {
        Invoice invoice = TestInvoices.invoice();
        intake.accept(List.of(InvoiceSubmitted.of("test-erp", invoice)), "test");

        await().atMost(Duration.ofSeconds(30)).until(() -> anomalyTypes().contains("ENDPOINT_REFUSED_PRIMARY"));

        assertThat(jdbc.sql("SELECT DISTINCT outcome FROM upload_attempt WHERE invoice_number = ?")
                        .param(invoice.invoiceNumber())
                        .query(String.class)
                        .list())
                .containsExactly("ENDPOINT_FAILED");
        assertThat(jdbc.sql("SELECT state FROM submission WHERE invoice_number = ?")
                        .param(invoice.invoiceNumber())
                        .query(String.class)
                        .single())
                .isIn("UPLOAD_PENDING", "OUTCOME_UNKNOWN");
        assertThat(anomalies().filter(a -> invoice.invoiceNumber().equals(a.invoiceNumber())))
                .isEmpty();
    }

    private static List<String> anomalyTypes() {
        return anomalies().map(AnomalyRaised::anomalyType).toList();
    }

    private static Stream<AnomalyRaised> anomalies() {
        return anomalies.records().stream()
                .map(record -> FapiaoJson.mapper().readValue(record.value(), AnomalyRaised.class));
    }
}
