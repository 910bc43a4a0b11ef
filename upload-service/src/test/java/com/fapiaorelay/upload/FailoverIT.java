package com.fapiaorelay.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.event.InvoiceSubmitted;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.testsupport.SharedInfrastructure;
import com.fapiaorelay.testsupport.TestInvoices;
import com.fapiaorelay.upload.intake.Intake;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A primary endpoint that refuses connections opens its breaker, and the backup endpoint takes the uploads. */
@SpringBootTest(
        properties = {
            "spring.config.name=upload-service",
            "spring.profiles.active=dev",
            "spring.kafka.listener.auto-startup=false",
            "fapiao.upload.poll-interval=20ms",
            "fapiao.upload.retry.initial-backoff=100ms",
            "fapiao.upload.breaker.window=2",
            "fapiao.upload.breaker.open-for=1m",
            "fapiao.tax.connect-timeout=200ms"
        })
class FailoverIT {

    @Autowired
    Intake intake;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry, "upload_failover");
        registry.add("fapiao.tax.base-url", () -> "http://localhost:" + SharedInfrastructure.freePort());
        registry.add("fapiao.tax.backup-url", () -> "http://localhost:" + UploadServiceTestBase.SANDBOX_PORT);
    }

    @Test
    void backupEndpointTakesOverWhileThePrimarysBreakerIsOpen() {
        List<Invoice> invoices = List.of(TestInvoices.invoice(), TestInvoices.invoice(), TestInvoices.invoice());

        intake.accept(
                invoices.stream().map(i -> InvoiceSubmitted.of("test-erp", i)).toList(), "test");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.sql("SELECT count(*) FROM submission WHERE state = 'UPLOADED'")
                                .query(Long.class)
                                .single())
                        .isEqualTo(invoices.size()));
        assertThat(jdbc.sql("SELECT DISTINCT endpoint FROM upload_attempt WHERE outcome = 'ACCEPTED'")
                        .query(String.class)
                        .list())
                .containsExactly("backup");
        assertThat(jdbc.sql("SELECT count(*) FROM upload_attempt WHERE endpoint = 'primary'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(2);
    }
}
