package com.fapiaorelay.sync.stuck;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.outbox.Outbox;
import com.fapiaorelay.sync.config.SyncProperties;
import com.fapiaorelay.sync.ledger.Ledger;
import com.fapiaorelay.sync.ledger.StuckInvoice;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Raises a STUCK anomaly for every invoice that stayed in RECEIVED, UPLOAD_PENDING, OUTCOME_UNKNOWN or UPLOADED past the SLA. */
@Component
class StuckInvoiceScan {

    static final String STUCK = "STUCK";

    private final TransactionTemplate transaction;
    private final Ledger ledger;
    private final Outbox outbox;
    private final SyncProperties.Stuck settings;

    StuckInvoiceScan(TransactionTemplate transaction, Ledger ledger, Outbox outbox, SyncProperties properties) {
        this.transaction = transaction;
        this.ledger = ledger;
        this.outbox = outbox;
        this.settings = properties.stuck();
    }

    @Scheduled(fixedDelayString = SyncProperties.STUCK_INTERVAL)
    void raiseStuckInvoices() {
        Integer flagged;
        do {
            flagged = transaction.execute(status -> flagBatch());
        } while (flagged != null && flagged == settings.batchSize());
    }

    private int flagBatch() {
        List<StuckInvoice> stuck = ledger.flagStuck(settings.sla(), settings.batchSize());
        stuck.forEach(this::raise);
        return stuck.size();
    }

    private void raise(StuckInvoice invoice) {
        AnomalyRaised anomaly = AnomalyRaised.forInvoice(
                Ledger.OWN_SOURCE,
                STUCK,
                Severity.WARNING,
                invoice.key(),
                "发票状态停滞 / invoice stuck in " + invoice.state(),
                "in " + invoice.state() + " since " + invoice.since() + ", longer than the SLA of " + settings.sla());
        outbox.append(Topics.ANOMALIES, anomaly.fingerprint(), anomaly);
    }
}
