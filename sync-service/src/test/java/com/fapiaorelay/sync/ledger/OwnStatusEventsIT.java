package com.fapiaorelay.sync.ledger;

import static com.fapiaorelay.sync.ledger.UpstreamTestEvents.upstream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.sync.SyncIntegrationTest;
import com.fapiaorelay.testsupport.TestInvoices;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;

/** sync-service's own status events, read back from the topic it writes, change nothing. */
class OwnStatusEventsIT extends SyncIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Test
    void ownStatusEventsComingBackAreIgnored() {
        Invoice invoice = TestInvoices.invoice();
        publish(InvoiceStatusChanged.of(
                "sync-service", invoice.key(), InvoiceState.CONFIRMED, 9, null, null, null, null));
        publish(upstream(invoice, InvoiceState.UPLOAD_PENDING, 1, null));

        await().atMost(PATIENCE).until(() -> stateOf(invoice.key()).equals("UPLOAD_PENDING"));
        assertThat(timelineStates(ledger(invoice.key()).body())).containsExactly("UPLOAD_PENDING");
    }

    @Test
    void eventsStampedAsOursArePassedOverUnread() throws Exception {
        Invoice invoice = TestInvoices.invoice();
        InvoiceStatusChanged stamped = upstream(invoice, InvoiceState.UPLOADED, 5, null);
        kafka.send(new ProducerRecord<>(
                        Topics.INVOICES_STATUS,
                        null,
                        invoice.key().toString(),
                        FapiaoJson.mapper().writeValueAsString(stamped),
                        List.of(new RecordHeader(
                                OwnEventStamp.HEADER, "sync-service".getBytes(StandardCharsets.UTF_8)))))
                .get(10, TimeUnit.SECONDS);
        publish(upstream(invoice, InvoiceState.UPLOAD_PENDING, 1, null));

        await().atMost(PATIENCE).until(() -> stateOf(invoice.key()).equals("UPLOAD_PENDING"));
        assertThat(timelineStates(ledger(invoice.key()).body())).containsExactly("UPLOAD_PENDING");
    }
}
