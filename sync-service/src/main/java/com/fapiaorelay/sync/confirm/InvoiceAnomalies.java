package com.fapiaorelay.sync.confirm;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.outbox.Outbox.OutgoingEvent;
import com.fapiaorelay.sync.ledger.Ledger;

/** Anomalies about single invoices, as outgoing events keyed by fingerprint for the caller's outbox batch. */
final class InvoiceAnomalies {

    static final String MISSING = "MISSING";
    static final String MISMATCH = "MISMATCH";

    private InvoiceAnomalies() {}

    static OutgoingEvent missing(InvoiceKey key, String reason) {
        return event(missingAnomaly(key, reason));
    }

    /** Same fingerprint as the MISSING anomaly, so alert-service resolves that alert. */
    static OutgoingEvent missingResolved(InvoiceKey key) {
        return event(missingAnomaly(key, "税务系统中已查到，数据一致 / now visible in the tax system with the figures we sent")
                .asResolved());
    }

    static OutgoingEvent mismatch(InvoiceKey key, String differences) {
        return event(AnomalyRaised.forInvoice(
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

    private static OutgoingEvent event(AnomalyRaised anomaly) {
        return new OutgoingEvent(Topics.ANOMALIES, anomaly.fingerprint(), anomaly);
    }
}
