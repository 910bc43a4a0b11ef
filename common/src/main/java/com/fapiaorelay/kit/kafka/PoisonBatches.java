package com.fapiaorelay.kit.kafka;

import com.fapiaorelay.common.event.UnreadableEvent;
import com.fapiaorelay.kit.trace.Traces;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * The one way our batch listeners read and store: records are read in order; at the first one that can never be
 * processed, the records before it are stored and it is handed to the error handler by its index, which
 * dead-letters it alone and lets the partition go on after it. A record fails for good when it is empty or over
 * the size limit, when its reader throws (reading is pure, so any failure there is the record's), or when storing
 * fails on it alone for a reason other than an unreachable database or broker. Those transient failures are
 * retried by the error handler, from the first record not stored.
 */
public class PoisonBatches {

    private final Traces traces;
    private final long maxEventBytes;

    PoisonBatches(Traces traces, long maxEventBytes) {
        this.traces = traces;
        this.maxEventBytes = maxEventBytes;
    }

    /** Reads each record's value, refusing empty and oversized ones unread, and stores what was read. */
    public <T> void process(
            List<ConsumerRecord<String, String>> records, Function<String, T> reader, Consumer<List<T>> store) {
        processRecords(records, record -> readValue(record, reader), store);
    }

    /** Reads each whole record (key and headers too), any failure making it poison, and stores what was read. */
    public <T> void processRecords(
            List<ConsumerRecord<String, String>> records,
            Function<ConsumerRecord<String, String>, T> reader,
            Consumer<List<T>> store) {
        try (var batch = traces.batch(records)) {
            List<T> events = new ArrayList<>(records.size());
            for (int i = 0; i < records.size(); i++) {
                try {
                    events.add(poisonIfFails(records.get(i), reader));
                } catch (PoisonRecord poison) {
                    store(events, store);
                    throw new BatchListenerFailedException(poison.getMessage(), poison, i);
                }
            }
            store(events, store);
        }
    }

    /** Reads a record's value as {@link #process} does, refusing it empty or oversized; for a reader of whole records. */
    public <T> T readValue(ConsumerRecord<String, String> record, Function<String, T> reader) {
        if (record.value() == null) {
            throw UnreadableEvent.empty();
        }
        if (record.serializedValueSize() > maxEventBytes) {
            throw UnreadableEvent.tooLarge(record.serializedValueSize(), maxEventBytes);
        }
        return reader.apply(record.value());
    }

    private static <T> T poisonIfFails(
            ConsumerRecord<String, String> record, Function<ConsumerRecord<String, String>, T> reader) {
        try {
            return reader.apply(record);
        } catch (UnreadableEvent refused) {
            throw PoisonRecord.refused(refused);
        } catch (PoisonRecord poison) {
            throw poison;
        } catch (RuntimeException failure) {
            throw PoisonRecord.because(
                    "读取失败 / reading failed: " + failure.getClass().getSimpleName(), failure);
        }
    }

    /** Events stand for the batch's first records, in order: event {@code i} is record {@code i}. */
    private static <T> void store(List<T> events, Consumer<List<T>> store) {
        if (events.isEmpty()) {
            return;
        }
        try {
            store.accept(events);
        } catch (RuntimeException failure) {
            if (TransientFailures.isTransient(failure)) {
                throw new BatchListenerFailedException("暂时无法存储 / cannot store for now", failure, 0);
            }
            storeOneByOne(events, store);
        }
    }

    /** Finds the record storing fails on: each one stored on its own, up to the one that fails. */
    private static <T> void storeOneByOne(List<T> events, Consumer<List<T>> store) {
        for (int i = 0; i < events.size(); i++) {
            try {
                store.accept(List.of(events.get(i)));
            } catch (RuntimeException failure) {
                RuntimeException cause = TransientFailures.isTransient(failure)
                        ? failure
                        : PoisonRecord.because(
                                "存储失败 / storing failed: " + failure.getClass().getSimpleName(), failure);
                throw new BatchListenerFailedException(cause.getMessage(), cause, i);
            }
        }
    }
}
