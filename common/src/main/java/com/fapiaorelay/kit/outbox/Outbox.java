package com.fapiaorelay.kit.outbox;

import static com.fapiaorelay.kit.jdbc.ColumnArrays.column;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.FapiaoEvent;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.kit.trace.Traces;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends outgoing events; call it inside the transaction that changes the state the event describes. Each row keeps
 * the trace its event continues, so the trace does not end at the table. Once the transaction commits, {@code
 * appended} tells the relay that events wait. A batch is one statement, its rows numbered in the order given.
 */
public class Outbox {

    private static final String INSERT = """
            INSERT INTO outbox (topic, message_key, payload, trace_headers)
            SELECT topic, message_key, payload, trace_headers
              FROM unnest(?::text[], ?::text[], ?::text[], ?::text[])
                   WITH ORDINALITY AS e(topic, message_key, payload, trace_headers, n)
             ORDER BY n
            """;

    private final JdbcTemplate jdbc;
    private final Traces traces;
    private final Runnable appended;

    public Outbox(JdbcTemplate jdbc, Traces traces, Runnable appended) {
        this.jdbc = jdbc;
        this.traces = traces;
        this.appended = appended;
    }

    public void append(String topic, String key, FapiaoEvent event) {
        appendAll(List.of(new OutgoingEvent(topic, key, event)));
    }

    public void appendAll(List<OutgoingEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Map<Map<String, String>, String> written = new HashMap<>();
        jdbc.update(
                INSERT,
                column(events, OutgoingEvent::topic),
                column(events, OutgoingEvent::key),
                column(events, e -> FapiaoJson.mapper().writeValueAsString(e.event())),
                column(events, e -> traceOf(e, written)));
        announceAfterCommit();
    }

    private void announceAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    appended.run();
                }
            });
        } else {
            appended.run();
        }
    }

    /** The events of one round mostly continue one trace: its headers are written once per batch, not per event. */
    private String traceOf(OutgoingEvent e, Map<Map<String, String>, String> written) {
        Map<String, String> headers = traces.headersFor(traceKey(e));
        return headers.isEmpty()
                ? null
                : written.computeIfAbsent(headers, h -> FapiaoJson.mapper().writeValueAsString(h));
    }

    /** Anomalies go out under their fingerprint; one about an invoice continues that invoice's trace. */
    private static String traceKey(OutgoingEvent e) {
        if (e.event() instanceof AnomalyRaised anomaly && anomaly.invoiceNumber() != null) {
            return new InvoiceKey(anomaly.sellerTaxId(), anomaly.invoiceNumber()).toString();
        }
        return e.key();
    }

    /** One event bound for one topic under one key. */
    public record OutgoingEvent(String topic, String key, FapiaoEvent event) {}
}
