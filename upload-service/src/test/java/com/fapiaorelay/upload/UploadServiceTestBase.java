package com.fapiaorelay.upload;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.sandbox.TaxSandboxApplication;
import com.fapiaorelay.testsupport.KafkaPublisher;
import com.fapiaorelay.testsupport.SandboxServer;
import com.fapiaorelay.testsupport.SharedInfrastructure;
import com.fapiaorelay.testsupport.TestInvoices;
import com.fapiaorelay.testsupport.TopicRecorder;
import java.util.List;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** One upload-service context for all its integration tests, on the shared Kafka, PostgreSQL and a real sandbox. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.config.name=upload-service",
            "spring.profiles.active=dev",
            "fapiao.upload.poll-interval=20ms",
            "fapiao.upload.idle-watch-interval=2s",
            "fapiao.upload.retry.initial-backoff=200ms",
            "fapiao.outbox.interval=50ms",
            "fapiao.upload.source-bindings.sellers.erp-bound=" + TestInvoices.SELLER
        })
abstract class UploadServiceTestBase {

    static final int SANDBOX_PORT = SharedInfrastructure.freePort();
    static final KafkaPublisher erp = new KafkaPublisher();
    static final TopicRecorder statusEvents = TopicRecorder.of(Topics.INVOICES_STATUS);
    static final TopicRecorder anomalies = TopicRecorder.of(Topics.ANOMALIES);

    static {
        TaxSandboxApplication.application().run(SandboxServer.properties(SANDBOX_PORT));
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry, "upload");
        registry.add("fapiao.tax.base-url", () -> "http://localhost:" + SANDBOX_PORT);
    }

    static List<InvoiceStatusChanged> statusEventsFor(InvoiceKey key) {
        return statusEvents.records().stream()
                .filter(record -> key.toString().equals(record.key()))
                .map(record -> FapiaoJson.mapper().readValue(record.value(), InvoiceStatusChanged.class))
                .toList();
    }
}
