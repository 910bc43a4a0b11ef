package com.fapiaorelay.upload.submission;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.outbox.Outbox;
import com.fapiaorelay.kit.outbox.Outbox.OutgoingEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Turns state changes into the ERP's feedback events, and states that need a human into anomalies. */
@Component
class StatusEvents {

    static final String SOURCE = "upload-service";
    static final String CONFLICT = "CONFLICT";

    private final Outbox outbox;

    StatusEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * Appends the events for the changes written, each at its row's new {@code versions}; call inside the transaction
     * that wrote them. A change without a version was not written and is not announced.
     */
    void announce(List<StateChange> changes, Map<InvoiceKey, Long> versions) {
        List<OutgoingEvent> events = new ArrayList<>();
        for (StateChange change : changes) {
            Long version = versions.get(change.key());
            if (change.announce() && version != null) {
                events.add(statusChanged(change, version));
                if (change.state().needsHuman()) {
                    events.add(anomaly(change));
                }
            }
        }
        outbox.appendAll(events);
    }

    /** An invoice arrived again with other content after it may have reached the tax authority. */
    void conflicts(List<Invoice> invoices) {
        outbox.appendAll(invoices.stream()
                .map(invoice -> anomaly(
                        CONFLICT,
                        invoice.key(),
                        "同一发票号码收到不同内容，原内容可能已上传；请开具红字发票更正 / same number, other content, "
                                + "after upload: correct it with a red-letter invoice"))
                .toList());
    }

    private static OutgoingEvent statusChanged(StateChange change, long version) {
        InvoiceKey key = change.key();
        var event = InvoiceStatusChanged.of(
                        SOURCE,
                        key,
                        change.state(),
                        version,
                        change.reasonCode(),
                        change.reason(),
                        change.receiptId(),
                        change.figures())
                .withFindings(change.findings());
        return new OutgoingEvent(Topics.INVOICES_STATUS, key.toString(), event);
    }

    private static OutgoingEvent anomaly(StateChange change) {
        String type =
                CONFLICT.equals(change.reasonCode()) ? CONFLICT : change.state().name();
        return anomaly(type, change.key(), change.reason());
    }

    private static OutgoingEvent anomaly(String type, InvoiceKey key, String detail) {
        var event = AnomalyRaised.forInvoice(
                SOURCE, type, Severity.WARNING, key, "发票需要人工处理 / invoice needs a human: " + type, detail);
        return new OutgoingEvent(Topics.ANOMALIES, event.fingerprint(), event);
    }
}
