package com.fapiaorelay.kit.trace;

import static org.assertj.core.api.Assertions.assertThat;

import brave.Tracing;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.brave.bridge.BraveCurrentTraceContext;
import io.micrometer.tracing.brave.bridge.BravePropagator;
import io.micrometer.tracing.brave.bridge.BraveTracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class TracesTest {

    private static final String KEY = "91110108MA01AB3CX1:00000001";

    private final Tracing tracing = Tracing.newBuilder().build();
    private final Tracer tracer =
            new BraveTracer(tracing.tracer(), new BraveCurrentTraceContext(tracing.currentTraceContext()));
    private final Propagator propagator = new BravePropagator(tracing);
    private final Traces traces = new Traces(tracer, propagator);

    @AfterEach
    void close() {
        tracing.close();
    }

    @Test
    void anEventWrittenInABatchContinuesTheTraceOfTheRecordUnderItsKey() {
        Span first = tracer.nextSpan().start();
        Span second = tracer.nextSpan().start();

        try (var batch = traces.batch(List.of(record("k1", first), record("k2", second)))) {
            assertThat(traceIdOf(traces.headersFor("k1")))
                    .isEqualTo(first.context().traceId());
            assertThat(traceIdOf(traces.headersFor("k2")))
                    .isEqualTo(second.context().traceId());
        }
        assertThat(traces.headersFor("k1")).isEmpty();
    }

    @Test
    void outsideABatchAnEventContinuesTheCurrentTrace() {
        Span current = tracer.nextSpan().start();

        try (var scope = tracer.withSpan(current)) {
            assertThat(traceIdOf(traces.headersFor("any")))
                    .isEqualTo(current.context().traceId());
        }
    }

    @Test
    void theLogContextOfAnInvoiceIsItsRecordsTraceWithItsKeyAndEventId() {
        Span producer = tracer.nextSpan().start();

        try (var batch = traces.batch(List.of(record(KEY, producer)));
                var invoice = traces.invoice(KEY, "e-1")) {
            assertThat(tracer.currentSpan().context().traceId())
                    .isEqualTo(producer.context().traceId());
            assertThat(MDC.get("invoiceKey")).isEqualTo(KEY);
            assertThat(MDC.get("eventId")).isEqualTo("e-1");
        }
        assertThat(tracer.currentSpan()).isNull();
        assertThat(MDC.get("invoiceKey")).isNull();
    }

    @Test
    void theRelayResumesStoredTraceHeadersAndStartsNoneWithout() {
        Span stored = tracer.nextSpan().start();

        try (var relay = traces.resume("outbox relay", headersOf(stored))) {
            assertThat(tracer.currentSpan().context().traceId())
                    .isEqualTo(stored.context().traceId());
        }
        try (var relay = traces.resume("outbox relay", Map.of())) {
            assertThat(tracer.currentSpan()).isNull();
        }
    }

    private ConsumerRecord<String, String> record(String key, Span producer) {
        var record = new ConsumerRecord<>("topic", 0, 0, key, "{}");
        headersOf(producer)
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private Map<String, String> headersOf(Span span) {
        Map<String, String> headers = new HashMap<>();
        propagator.inject(span.context(), headers, Map::put);
        return headers;
    }

    private String traceIdOf(Map<String, String> headers) {
        return propagator.extract(headers, Map::get).start().context().traceId();
    }
}
