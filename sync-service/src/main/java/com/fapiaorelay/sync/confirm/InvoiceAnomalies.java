package com.fapiaorelay.sync.confirm;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.outbox.Outbox;
import com.fapiaorelay.sync.ledger.Ledger;
import org.springframework.stereotype.Component;

/** Anomalies about single invoices, written to the outbox in the caller's transaction, keyed by fingerprint. */
@Component
class InvoiceAnomalies {

    static final String MISSING = "MISSING";
    static final String MISMATCH = "MISMATCH";

    private final Outbox outbox;

    InvoiceAnomalies(Outbox outbox) {
        this.outbox = outbox;
    }

    void missing(InvoiceKey key, String reason) {
        raise(missingAnomaly(key, reason));
    }

    /** Same fingerprint as the MISSING anomaly, so alert-service resolves that alert. */
    void missingResolved(InvoiceKey key) {
        raise(resolved(missingAnomaly(key, "now visible in the tax system with the figures we sent")));
    }

    void mismatch(InvoiceKey key, String differences) {
        raise(AnomalyRaised.forInvoice(
                Ledger.OWN_SOURCE,
                MISMATCH,
                Severity.CRITICAL,
                key,
                "发票与税务系统记录不一致 / invoice differs from the tax system's record",
                differences));
    }

    private static AnomalyRaised missingAnomaly(InvoiceKey key, String detail) {
        return AnomalyRaised.forInvoice(
                Ledger.OWN_SOURCE,
                MISSING,
                Severity.CRITICAL,
                key,
                "发票在税务系统中不存在 / invoice not visible in the tax system",
                detail);
    }

    private void raise(AnomalyRaised anomaly) {
        outbox.append(Topics.ANOMALIES, anomaly.fingerprint(), anomaly);
    }

    private static AnomalyRaised resolved(AnomalyRaised a) {
        return new AnomalyRaised(
                a.eventId(),
                a.eventType(),
                a.schemaVersion(),
                a.occurredAt(),
                a.source(),
                a.fingerprint(),
                a.groupKey(),
                a.anomalyType(),
                a.severity(),
                a.sellerTaxId(),
                a.invoiceNumber(),
                a.summary(),
                a.detail(),
                true);
    }
}
