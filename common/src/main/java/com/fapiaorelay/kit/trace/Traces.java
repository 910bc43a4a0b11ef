package com.fapiaorelay.kit.trace;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;

/**
 * Carries trace context where Spring Kafka's observations do not: batch listeners are not observed, and an event
 * waits in the outbox table between the business transaction and the relay. Also names the invoice and event a log
 * line is about, as the MDC fields {@code invoiceKey} and {@code eventId}.
 */
public class Traces {

    /** Without a tracer: nothing is traced, the MDC fields still are set. */
    public static final Traces NONE = new Traces(Tracer.NOOP, Propagator.NOOP);

    private static final String INVOICE_KEY = "invoiceKey";
    private static final String EVENT_ID = "eventId";

    /**
     * The trace headers of the records in hand, by record key. One batch transaction serves many traces; an event
     * written for a key continues the trace of the record with that key.
     */
    private static final ThreadLocal<Map<String, Map<String, String>>> BATCH = new ThreadLocal<>();

    private final Tracer tracer;
    private final Propagator propagator;

    public Traces(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** While open, the records' traces are what {@link #invoice} and {@link #headersFor} continue, by key. */
    public Scope batch(List<? extends ConsumerRecord<String, ?>> records) {
        Map<String, Map<String, String>> byKey = new HashMap<>();
        records.forEach(record -> byKey.put(record.key(), headersOf(record)));
        BATCH.set(byKey);
        return BATCH::remove;
    }

    /** The log context of one invoice: its batch record's trace, and its key and event id in the MDC. */
    public Scope invoice(String invoiceKey, Object eventId) {
        return event(invoiceKey, invoiceKey, eventId);
    }

    /**
     * The log context of one event: the trace of the batch record under {@code recordKey}, and the invoice it is
     * about (if any) and its id in the MDC.
     */
    public Scope event(String recordKey, String invoiceKey, Object eventId) {
        Scope trace = resume("event", batchHeaders(recordKey));
        putIfPresent(INVOICE_KEY, invoiceKey);
        putIfPresent(EVENT_ID, eventId);
        return () -> {
            MDC.remove(EVENT_ID);
            MDC.remove(INVOICE_KEY);
            trace.close();
        };
    }

    /** A new span, a child of the current one if any: for work no observation covers, such as an upload round. */
    public Scope span(String name) {
        return inScope(tracer.nextSpan().name(name).start());
    }

    /** Continues the trace of {@code headers} in a new span; does nothing when they carry none. */
    public Scope resume(String name, Map<String, String> headers) {
        if (headers.isEmpty()) {
            return () -> {};
        }
        return inScope(propagator.extract(headers, Map::get).name(name).start());
    }

    /** The trace an outgoing event under {@code key} continues: its batch record's, else the current one. */
    public Map<String, String> headersFor(String key) {
        Map<String, String> batch = batchHeaders(key);
        return batch.isEmpty() ? currentHeaders() : batch;
    }

    private static void putIfPresent(String field, Object value) {
        if (value != null) {
            MDC.put(field, value.toString());
        }
    }

    private Map<String, String> currentHeaders() {
        Span current = tracer.currentSpan();
        Map<String, String> headers = new LinkedHashMap<>();
        if (current != null) {
            propagator.inject(current.context(), headers, Map::put);
        }
        return headers;
    }

    private static Map<String, String> batchHeaders(String key) {
        Map<String, Map<String, String>> batch = BATCH.get();
        return batch == null ? Map.of() : batch.getOrDefault(key, Map.of());
    }

    private Map<String, String> headersOf(ConsumerRecord<String, ?> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String field : propagator.fields()) {
            Header header = record.headers().lastHeader(field);
            if (header != null) {
                headers.put(field, new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return headers;
    }

    private Scope inScope(Span span) {
        Tracer.SpanInScope scope = tracer.withSpan(span);
        return () -> {
            scope.close();
            span.end();
        };
    }

    /** A trace or log context that ends when closed. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
