package com.fapiaorelay.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.kit.outbox.Outbox.OutgoingEvent;
import com.fapiaorelay.kit.trace.Traces;
import com.fapiaorelay.testsupport.SharedInfrastructure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.transaction.support.TransactionTemplate;

class OutboxRelayIT {

    private static final String TOPIC = "outbox-relay-test";
    private static DriverManagerDataSource dataSource;

    @BeforeAll
    static void migrate() {
        var infrastructure = SharedInfrastructure.get();
        dataSource = new DriverManagerDataSource(
                infrastructure.jdbcUrl("outbox_test"), infrastructure.username(), infrastructure.password());
        Flyway.configure()
                .dataSource(dataSource)
                .schemas("outbox_test")
                .locations("classpath:db/outbox")
                .load()
                .migrate();
    }

    @Test
    void relayKilledMidBatchLosesNothingAndDeliversEveryEventAfterRestart() {
        Set<UUID> written = writeEvents(200);

        OutboxRelay crashing = relay(new CrashingTemplate(120));
        assertThatThrownBy(crashing::relayBatch).isInstanceOf(RuntimeException.class);
        assertThat(crashing.backlog()).isEqualTo(200);

        OutboxRelay restarted = relay(new KafkaTemplate<>(producerFactory()));
        restarted.relayPending();

        assertThat(restarted.backlog()).isZero();
        assertThat(consumeEventIds(written)).containsAll(written);
    }

    @Test
    void runningRelayDeliversAnEventOnceItsTransactionCommits() {
        OutboxRelay relay = relay(new KafkaTemplate<>(producerFactory()));
        relay.start();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> relay.backlog() == 0);
            var outbox = new Outbox(new JdbcTemplate(dataSource), Traces.NONE, relay::wake);
            AnomalyRaised event = AnomalyRaised.forComponent("test", "TEST", Severity.INFO, "woken", "", false);

            transactions().executeWithoutResult(status -> outbox.append(TOPIC, "woken", event));

            await().atMost(Duration.ofSeconds(30)).until(() -> relay.backlog() == 0);
            assertThat(consumeEventIds(Set.of(event.eventId()))).contains(event.eventId());
        } finally {
            relay.stop();
        }
    }

    @Test
    void relaysOneKeysEventsInTheOrderTheyWereAppendedAcrossBatches() {
        String topic = "outbox-order-test";
        Outbox outbox = new Outbox(new JdbcTemplate(dataSource), Traces.NONE, () -> {});
        List<UUID> appended = new ArrayList<>();
        List<OutgoingEvent> together = IntStream.range(0, 30)
                .mapToObj(i -> new OutgoingEvent(
                        topic, "same", AnomalyRaised.forComponent("test", "TEST", Severity.INFO, "o" + i, "", false)))
                .toList();
        together.forEach(e -> appended.add(e.event().eventId()));
        transactions().executeWithoutResult(status -> outbox.appendAll(together));
        IntStream.range(0, 10).forEach(i -> {
            AnomalyRaised event = AnomalyRaised.forComponent("test", "TEST", Severity.INFO, "p" + i, "", false);
            appended.add(event.eventId());
            outbox.append(topic, "same", event);
        });

        relay(new KafkaTemplate<>(producerFactory()), 7).relayPending();

        assertThat(consumeInOrder(topic, appended.size())).containsExactlyElementsOf(appended);
    }

    private Set<UUID> writeEvents(int count) {
        Outbox outbox = new Outbox(new JdbcTemplate(dataSource), Traces.NONE, () -> {});
        Set<UUID> ids = new HashSet<>();
        IntStream.range(0, count).forEach(i -> {
            AnomalyRaised event = AnomalyRaised.forComponent("test", "TEST", Severity.INFO, "n" + i, "", false);
            ids.add(event.eventId());
            outbox.append(TOPIC, "k" + i, event);
        });
        return ids;
    }

    private static OutboxRelay relay(KafkaTemplate<String, String> template) {
        return relay(template, 500);
    }

    private static OutboxRelay relay(KafkaTemplate<String, String> template, int batchSize) {
        return new OutboxRelay(
                JdbcClient.create(dataSource),
                transactions(),
                template,
                new OutboxProperties(batchSize, Duration.ofMillis(100), Duration.ofSeconds(10), Duration.ofHours(1)));
    }

    private static TransactionTemplate transactions() {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    private static Set<UUID> consumeEventIds(Set<UUID> expected) {
        Set<UUID> seen = new HashSet<>();
        try (var consumer = consumer(TOPIC)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> seen.add(eventId(record.value())));
                return seen.containsAll(expected);
            });
        }
        return seen;
    }

    private static List<UUID> consumeInOrder(String topic, int count) {
        List<UUID> seen = new ArrayList<>();
        try (var consumer = consumer(topic)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> seen.add(eventId(record.value())));
                return seen.size() >= count;
            });
        }
        return seen;
    }

    private static UUID eventId(String value) {
        return FapiaoJson.mapper().readValue(value, AnomalyRaised.class).eventId();
    }

    private static KafkaConsumer<String, String> consumer(String topic) {
        var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.get().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "outbox-relay-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class));
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    private static DefaultKafkaProducerFactory<String, String> producerFactory() {
        return new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class));
    }

    /** Sends for real until the process "dies" part-way through a batch. */
    private static class CrashingTemplate extends KafkaTemplate<String, String> {

        private final int sendsBeforeCrash;
        private final AtomicInteger sends = new AtomicInteger();

        CrashingTemplate(int sendsBeforeCrash) {
            super(producerFactory());
            this.sendsBeforeCrash = sendsBeforeCrash;
        }

        @Override
        public CompletableFuture<SendResult<String, String>> send(ProducerRecord<String, String> record) {
            if (sends.incrementAndGet() > sendsBeforeCrash) {
                throw new IllegalStateException("relay process killed");
            }
            return super.send(record);
        }
    }
}
