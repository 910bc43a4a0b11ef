package com.fapiaorelay.kit.outbox;

import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.kit.pacing.IdleBackoff;
import com.fapiaorelay.kit.pacing.PacedLoops;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the outbox in id order, a batch at a time. One statement deletes a batch and answers its rows, and its
 * transaction commits only after Kafka acknowledged every send: a crash or a refused send rolls the delete back and
 * the batch is sent again, and readers drop the repeats by event id or version. Each record carries the trace headers
 * stored with its row, as they are: it continues its invoice's trace without a span of the relay's, since a span and
 * a timer for every record took a sixth of upload- and sync-service's CPU (docs/benchmarks.md, cost per invoice). The relay runs on a thread of its own that sleeps while the outbox is empty, looking ever less often
 * ({@link IdleBackoff}); an event appended in this process wakes it.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final KafkaTemplate<String, String> kafka;
    private final int batchSize;
    private final Duration sendTimeout;
    private final PacedLoops loop;
    private volatile long lastRunMillis = System.currentTimeMillis();

    public OutboxRelay(
            JdbcClient jdbc,
            TransactionTemplate transaction,
            KafkaTemplate<String, String> kafka,
            OutboxProperties properties) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.kafka = kafka;
        this.batchSize = properties.batchSize();
        this.sendTimeout = properties.sendTimeout();
        this.loop =
                new PacedLoops("outbox-relay", 1, properties.interval(), properties.maxIdlePause(), this::relayPending);
    }

    /** Relays every pending event, batch after batch; answers how many went out, or none if Kafka refused a batch. */
    public int relayPending() {
        int total = 0;
        int relayed;
        try {
            do {
                relayed = relayBatch();
                total += relayed;
            } while (relayed == batchSize);
        } catch (OutboxRelayFailed alreadyLogged) {
            return 0;
        }
        lastRunMillis = System.currentTimeMillis();
        return total;
    }

    /** An event was committed to the outbox: the relay looks within a tick, however long the outbox was empty. */
    public void wake() {
        loop.ring();
    }

    @Override
    public void start() {
        loop.start();
    }

    @Override
    public void stop() {
        loop.stop(sendTimeout);
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }

    /** Relays one batch; answers how many events went out. */
    public int relayBatch() {
        Integer relayed = transaction.execute(status -> {
            List<PendingEvent> batch = takeNextBatch();
            Map<String, Map<String, String>> readTraces = new HashMap<>();
            awaitAll(batch.stream()
                    .<CompletableFuture<?>>map(event -> send(event, readTraces))
                    .toList());
            return batch.size();
        });
        return relayed == null ? 0 : relayed;
    }

    public long backlog() {
        return jdbc.sql("SELECT count(*) FROM outbox").query(Long.class).single();
    }

    public long lastRunMillis() {
        return lastRunMillis;
    }

    /**
     * Deletes the oldest unlocked rows, uncommitted until the batch is acknowledged, and answers them in id order
     * ({@code RETURNING} keeps no order of its own).
     */
    private List<PendingEvent> takeNextBatch() {
        return jdbc.sql("""
                        DELETE FROM outbox
                         WHERE id IN (SELECT id FROM outbox ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED)
                        RETURNING id, topic, message_key, payload, trace_headers
                        """).param(batchSize).query(PendingEvent.class).list().stream()
                .sorted(Comparator.comparingLong(PendingEvent::id))
                .toList();
    }

    /** {@code read}: the trace headers read so far in this batch; a round's events share one trace, read once. */
    private CompletableFuture<?> send(PendingEvent event, Map<String, Map<String, String>> read) {
        var record = new ProducerRecord<>(event.topic(), event.messageKey(), event.payload());
        event.trace(read)
                .forEach((field, value) -> record.headers().add(field, value.getBytes(StandardCharsets.UTF_8)));
        return kafka.send(record);
    }

    private void awaitAll(List<CompletableFuture<?>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Outbox batch not acknowledged by Kafka, it stays for the next run: {}", e.toString());
            throw new OutboxRelayFailed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutboxRelayFailed(e);
        }
    }

    record PendingEvent(long id, String topic, String messageKey, String payload, String traceHeaders) {

        @SuppressWarnings("unchecked")
        Map<String, String> trace(Map<String, Map<String, String>> read) {
            return traceHeaders == null
                    ? Map.of()
                    : read.computeIfAbsent(
                            traceHeaders, json -> FapiaoJson.mapper().readValue(json, Map.class));
        }
    }

    /** Kafka did not take a batch; the transaction rolls back and the rows wait. */
    static class OutboxRelayFailed extends RuntimeException {
        OutboxRelayFailed(Throwable cause) {
            super(cause);
        }
    }
}
