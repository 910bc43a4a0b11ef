package com.fapiaorelay.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fapiaorelay.common.event.DeclarationEventReader;
import com.fapiaorelay.common.event.ErpTotalsDeclared;
import com.fapiaorelay.common.event.SubmittedEventReader;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.testsupport.SharedInfrastructure;
import com.fapiaorelay.testsupport.TestInvoices;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against the real embedded broker; what it sent is read back with the relay's own readers. */
class FapiaoClientIT {

    private final String brokers = SharedInfrastructure.get().kafkaBootstrapServers();
    private final FapiaoClient client = FapiaoClient.connect(brokers, "kingdee-beijing");

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void publishesAnInvoiceInItsEnvelopeKeyedBySellerAndNumber() {
        Invoice invoice = TestInvoices.invoice();

        UUID eventId = client.publish(invoice);

        ConsumerRecord<String, String> sent =
                await(Topics.INVOICES_SUBMITTED, invoice.key().toString());
        var read = SubmittedEventReader.read(sent.value());
        assertThat(read.eventId()).isEqualTo(eventId);
        assertThat(read.source()).isEqualTo("kingdee-beijing");
        assertThat(read.invoice()).isEqualTo(invoice);
    }

    @Test
    void declaresADaysTotalsKeyedBySeller() {
        String seller = TestInvoices.OTHER_SELLER;
        List<String> numbers = List.of("26117000000212340001", "26117000000212340002");

        UUID eventId = client.declareTotals(
                seller, LocalDate.of(2026, 3, 1), 2, new BigDecimal("2000.00"), new BigDecimal("260.00"), numbers);

        ErpTotalsDeclared read = Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(
                        () -> records(Topics.ERP_DECLARATIONS).stream()
                                .filter(sent -> sent.key().equals(seller))
                                .map(sent -> DeclarationEventReader.read(sent.value()))
                                .filter(declared -> declared.eventId().equals(eventId))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        assertThat(read.invoiceNumbers()).isEqualTo(numbers);
        assertThat(read.day()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void refusesBeforeSendingAnInvoiceTheRelayWouldHoldInvalid() {
        Invoice wrongTotal = TestInvoices.withGrandTotal(TestInvoices.invoice(), "1.00");

        assertThatThrownBy(() -> client.publish(wrongTotal))
                .isInstanceOfSatisfying(
                        PublishRefused.class,
                        refused -> assertThat(refused.findings())
                                .isNotEmpty()
                                .allSatisfy(
                                        finding -> assertThat(finding.isError()).isTrue()));
    }

    @Test
    void refusesADeclarationWhoseCountDisagreesWithItsNumbers() {
        assertThatThrownBy(() -> client.declareTotals(
                        TestInvoices.SELLER,
                        LocalDate.of(2026, 3, 1),
                        3,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        List.of("26117000000212340001")))
                .isInstanceOfSatisfying(
                        PublishRefused.class,
                        refused -> assertThat(refused.findings().get(0).code()).isEqualTo("EVENT_DECLARATION_COUNT"));
    }

    private ConsumerRecord<String, String> await(String topic, String key) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(
                        () -> records(topic).stream()
                                .filter(sent -> sent.key().equals(key))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    private List<ConsumerRecord<String, String>> records(String topic) {
        return TopicRecords.on(brokers, topic);
    }
}
