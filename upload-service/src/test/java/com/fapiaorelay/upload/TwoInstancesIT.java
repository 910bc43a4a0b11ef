package com.fapiaorelay.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.event.InvoiceSubmitted;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.testsupport.SharedInfrastructure;
import com.fapiaorelay.testsupport.TestInvoices;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/** Two upload-services in one consumer group on one database share the partitions and upload each invoice once. */
class TwoInstancesIT extends UploadServiceTestBase {

    private static final int INVOICES = 100;
    private static final String SUBMITTED_LISTENER = "submitted";

    @Autowired
    MeterRegistry meters;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoInstancesInOneConsumerGroupTakeInAndUploadEveryInvoiceExactlyOnce() {
        try (ConfigurableApplicationContext second = startSecondInstance()) {
            MeterRegistry secondMeters = second.getBean(MeterRegistry.class);
            awaitPartitionsShared(second.getBean(KafkaListenerEndpointRegistry.class));
            double firstBefore = accepted(meters);
            double secondBefore = accepted(secondMeters);
            List<Invoice> invoices = IntStream.range(0, INVOICES)
                    .mapToObj(i -> TestInvoices.invoice())
                    .toList();

            invoices.forEach(this::submit);

            invoices.forEach(invoice -> {
                StatusAwait.awaitStatus(invoice.key(), InvoiceState.UPLOAD_PENDING, 1);
                StatusAwait.awaitStatus(invoice.key(), InvoiceState.UPLOADED, 2);
            });
            assertThat(accepted(meters) - firstBefore).isPositive();
            assertThat(accepted(secondMeters) - secondBefore).isPositive();
            assertThat(accepted(meters) - firstBefore + accepted(secondMeters) - secondBefore)
                    .isEqualTo(INVOICES);
            invoices.forEach(invoice -> {
                assertThat(uploadCount(invoice)).isEqualTo(1);
                // each instance's outbox relay publishes its own batches, so readers may see v2 before v1
                assertThat(statusEventsFor(invoice.key()))
                        .extracting(InvoiceStatusChanged::state, InvoiceStatusChanged::version)
                        .containsExactlyInAnyOrder(
                                tuple(InvoiceState.UPLOAD_PENDING, 1L), tuple(InvoiceState.UPLOADED, 2L));
            });
        }
    }

    private void awaitPartitionsShared(KafkaListenerEndpointRegistry secondListeners) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !assigned(listeners).isEmpty()
                        && !assigned(secondListeners).isEmpty());
    }

    private static Collection<?> assigned(KafkaListenerEndpointRegistry registry) {
        var partitions = registry.getListenerContainer(SUBMITTED_LISTENER).getAssignedPartitions();
        return partitions == null ? List.of() : partitions;
    }

    private static double accepted(MeterRegistry registry) {
        Counter counter = registry.find("fapiao.intake")
                .tag("channel", "kafka")
                .tag("outcome", "ACCEPTED")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private void submit(Invoice invoice) {
        erp.publish(Topics.INVOICES_SUBMITTED, invoice.key().toString(), InvoiceSubmitted.of("test-erp", invoice));
    }

    private int uploadCount(Invoice invoice) {
        return jdbc.sql("SELECT upload_count FROM sandbox.tax_record WHERE invoice_number = ?")
                .param(invoice.invoiceNumber())
                .query(Integer.class)
                .single();
    }

    /** The same configuration as this test class's context: same database schema, consumer group and sandbox. */
    private static ConfigurableApplicationContext startSecondInstance() {
        var infrastructure = SharedInfrastructure.get();
        return UploadServiceApplication.application()
                .run(
                        "--server.port=0",
                        "--spring.profiles.active=dev",
                        "--fapiao.upload.poll-interval=20ms",
                        "--fapiao.upload.retry.initial-backoff=200ms",
                        "--fapiao.outbox.interval=50ms",
                        "--spring.datasource.url=" + infrastructure.jdbcUrl("upload"),
                        "--spring.datasource.username=" + infrastructure.username(),
                        "--spring.datasource.password=" + infrastructure.password(),
                        "--spring.flyway.schemas=upload",
                        "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                        "--fapiao.tax.base-url=http://localhost:" + SANDBOX_PORT);
    }
}
