package com.fapiaorelay.sync.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.sync.SellerDay;
import com.fapiaorelay.sync.SyncIntegrationTest;
import com.fapiaorelay.sync.callback.CallbackReceiver.Taken;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

class CallbacksOnTwoInstancesIT extends SyncIntegrationTest {

    private static final int INVOICES = 30;
    private static final List<InvoiceState> LIFE =
            List.of(InvoiceState.RECEIVED, InvoiceState.UPLOAD_PENDING, InvoiceState.REJECTED);

    @Autowired
    MeterRegistry meters;

    @Test
    void twoInstancesShareTheQueueSendingEachChangeOnceAndInVersionOrder() {
        SellerDay seller = SellerDay.fresh(LocalDate.of(2025, 7, 1));
        try (ConfigurableApplicationContext second = startSecondInstance();
                var receiver = CallbackReceiver.failingFirst(0)) {
            double before = delivered(meters) + delivered(second.getBean(MeterRegistry.class));
            Answer created = post(
                    "/api/v1/callbacks",
                    "{\"url\":\"" + receiver.url() + "\",\"secret\":\"a-secret-of-sixteen+\",\"sellerTaxIds\":[\""
                            + seller.sellerTaxId() + "\"]}");
            assertThat(created.status()).isEqualTo(201);
            List<Invoice> invoices = IntStream.range(0, INVOICES)
                    .mapToObj(seller::issuedAtSecond)
                    .toList();

            LIFE.forEach(state -> invoices.forEach(invoice -> publish(invoice, state)));

            int changes = INVOICES * LIFE.size();
            await().atMost(Duration.ofSeconds(60)).until(() -> receiver.taken().size() >= changes);
            assertThat(receiver.taken().stream().map(Taken::delivery).distinct())
                    .hasSize(changes);
            assertThat(delivered(meters) + delivered(second.getBean(MeterRegistry.class)) - before)
                    .isEqualTo(changes);
            for (Invoice invoice : invoices) {
                assertThat(receiver.taken().stream()
                                .filter(taken -> taken.invoiceNumber().equals(invoice.invoiceNumber()))
                                .map(taken -> taken.change().path("version").asLong()))
                        .containsExactly(1L, 2L, 3L);
            }
        }
    }

    private void publish(Invoice invoice, InvoiceState state) {
        publishState(invoice, state, LIFE.indexOf(state) + 1);
    }

    private static double delivered(MeterRegistry registry) {
        var counter = registry.find("fapiao.sync.callbacks")
                .tag("outcome", "delivered")
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
