package com.fapiaorelay.upload.deadletter;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.outbox.Outbox;
import com.fapiaorelay.kit.outbox.Outbox.OutgoingEvent;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells everyone about dead-lettered submissions, through the outbox: an UNREADABLE status event under the invoice's
 * key (so sync-service's ledger and the console's work queue show it), and an anomaly with the reason. The status
 * event carries version 0: upload-service holds nothing for an invoice it could not read, so an invoice it does hold
 * keeps its state in the ledger, and the first content it stores (version 1) replaces UNREADABLE.
 */
@Service
class UnreadableSubmissions {

    static final String SOURCE = "upload-service";
    static final String ANOMALY_TYPE = "UNREADABLE";

    private final Outbox outbox;

    UnreadableSubmissions(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    void announce(List<DeadLetter> deadLetters) {
        List<OutgoingEvent> events = new ArrayList<>();
        for (DeadLetter deadLetter : deadLetters) {
            if (deadLetter.key() != null) {
                events.add(new OutgoingEvent(Topics.INVOICES_STATUS, deadLetter.recordKey(), unreadable(deadLetter)));
            }
            AnomalyRaised anomaly = anomaly(deadLetter);
            events.add(new OutgoingEvent(Topics.ANOMALIES, anomaly.fingerprint(), anomaly));
        }
        outbox.appendAll(events);
    }

    private static InvoiceStatusChanged unreadable(DeadLetter deadLetter) {
        return InvoiceStatusChanged.of(
                SOURCE,
                deadLetter.key(),
                InvoiceState.UNREADABLE,
                0,
                deadLetter.code(),
                deadLetter.reason(),
                null,
                null);
    }

    private static AnomalyRaised anomaly(DeadLetter deadLetter) {
        String summary = "提交的发票事件无法读取，已转入死信（" + deadLetter.code() + "）；请 ERP 修正后重发 / a submitted"
                + " invoice event could not be read and was dead-lettered (" + deadLetter.code()
                + "); the ERP must fix and resend it";
        String detail =
                deadLetter.reason() + " [dead letter " + deadLetter.partition() + "/" + deadLetter.offset() + "]";
        return deadLetter.key() != null
                ? AnomalyRaised.forInvoice(
                        SOURCE, ANOMALY_TYPE, AnomalyRaised.Severity.WARNING, deadLetter.key(), summary, detail)
                : AnomalyRaised.forComponent(
                        SOURCE, ANOMALY_TYPE, AnomalyRaised.Severity.WARNING, summary, detail, false);
    }
}
