package com.fapiaorelay.sync.confirm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.sync.SyncIntegrationTest;
import com.fapiaorelay.sync.TopicRecorder;
import com.fapiaorelay.testsupport.TestInvoices;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

class TwoInstancesIT extends SyncIntegrationTest {

    private static final int BACKLOG = 40;

    @Autowired
    MeterRegistry meters;

    @Test
    void twoInstancesConfirmTheSameBacklogWithoutDoubleWork() {
        try (ConfigurableApplicationContext second = startSecondInstance()) {
            MeterRegistry secondMeters = second.getBean(MeterRegistry.class);
            double before = confirmed(meters) + confirmed(secondMeters);
            List<Invoice> backlog = IntStream.range(0, BACKLOG)
                    .mapToObj(i -> TestInvoices.invoice())
                    .toList();
            sandbox.upload(backlog);

            backlog.forEach(invoice -> publishUploaded(invoice, 1));

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> backlog.stream().allMatch(i -> stateOf(i.key()).equals("CONFIRMED")));
            assertThat(confirmed(meters) + confirmed(secondMeters) - before).isEqualTo(BACKLOG);
            backlog.forEach(invoice ->
                    assertThat(timelineStates(ledger(invoice.key()).body())).containsExactly("UPLOADED", "CONFIRMED"));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> backlog.stream().allMatch(i -> confirmationsPublished(i) == 1));
        }
    }

    private static long confirmationsPublished(Invoice invoice) {
        return TopicRecorder.on(Topics.INVOICES_STATUS, invoice.key().toString()).stream()
                .filter(event -> event.path("state").asString().equals("CONFIRMED"))
                .count();
    }

    private static double confirmed(MeterRegistry registry) {
        return registry.get("fapiao.sync.confirmations")
                .tag("outcome", "confirmed")
                .counter()
                .count();
    }
}
