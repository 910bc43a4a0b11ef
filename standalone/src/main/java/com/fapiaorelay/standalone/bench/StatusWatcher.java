package com.fapiaorelay.standalone.bench;

import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.topic.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Follows the status topic as an ERP would and times each invoice of the current run from the moment it was handed
 * over until it was reported UPLOADED and CONFIRMED. One watcher serves several runs, each with its own {@link Tally}.
 */
final class StatusWatcher implements AutoCloseable {

    private final Thread poller;
    private volatile Tally tally = new Tally();
    private volatile boolean running = true;

    StatusWatcher(String bootstrapServers) {
        var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "latest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class));
        consumer.subscribe(List.of(Topics.INVOICES_STATUS));
        while (consumer.assignment().isEmpty()) {
            consumer.poll(Duration.ofMillis(100));
        }
        poller = new Thread(() -> poll(consumer), "bench-status-watcher");
        poller.setDaemon(true);
        poller.start();
    }

    /** Starts a new run: only the invoices submitted from now on count, in the tally answered. */
    Tally begin() {
        tally = new Tally();
        return tally;
    }

    private void poll(KafkaConsumer<String, String> consumer) {
        try (consumer) {
            while (running) {
                long now = System.nanoTime();
                consumer.poll(Duration.ofMillis(100))
                        .forEach(record -> tally.observe(record.key(), record.value(), now));
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.join();
    }

    /** One run's invoices: when each was handed over, and how long each took to UPLOADED and CONFIRMED. */
    static final class Tally {

        private final Map<String, Long> submittedAt = new ConcurrentHashMap<>();
        private final Latencies uploaded = new Latencies();
        private final Latencies confirmed = new Latencies();
        private final AtomicLong lastUploadedAt = new AtomicLong();
        private final AtomicLong lastConfirmedAt = new AtomicLong();

        void submitted(String key) {
            submittedAt.put(key, System.nanoTime());
        }

        Latencies uploaded() {
            return uploaded;
        }

        Latencies confirmed() {
            return confirmed;
        }

        long lastUploadedNanos() {
            return lastUploadedAt.get();
        }

        long lastConfirmedNanos() {
            return lastConfirmedAt.get();
        }

        private void observe(String key, String value, long now) {
            Long start = submittedAt.get(key);
            if (start == null) {
                return;
            }
            // the state alone: binding whole events would take CPU from the pipeline it measures
            InvoiceState state = InvoiceState.valueOf(
                    FapiaoJson.mapper().readTree(value).path("state").asString());
            if (state == InvoiceState.UPLOADED) {
                uploaded.add(now - start);
                lastUploadedAt.set(now);
            } else if (state == InvoiceState.CONFIRMED) {
                confirmed.add(now - start);
                lastConfirmedAt.set(now);
            }
        }
    }
}
